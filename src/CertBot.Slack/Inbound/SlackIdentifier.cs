namespace CertBot.Slack.Inbound;

/// <summary>An object Slack names by id only (team, channel).</summary>
public sealed record SlackIdentifier(string? Id);
