namespace CertBot.Slack.Inbound;

/// <summary>The clicked message as Slack shows it (only its timestamps are read).</summary>
public sealed record SlackClickedMessage(string? Ts, string? ThreadTs);
