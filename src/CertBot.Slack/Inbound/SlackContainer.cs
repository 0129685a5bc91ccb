namespace CertBot.Slack.Inbound;

/// <summary>Where the clicked button is: the message's <c>ts</c>, its channel and thread.</summary>
public sealed record SlackContainer(string? Type, string? MessageTs, string? ChannelId, string? ThreadTs);
