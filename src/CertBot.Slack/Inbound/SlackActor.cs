namespace CertBot.Slack.Inbound;

/// <summary>The person who clicked.</summary>
public sealed record SlackActor(string? Id, string? Username, string? Name, string? TeamId);
