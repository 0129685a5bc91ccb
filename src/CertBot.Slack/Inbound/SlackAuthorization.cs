namespace CertBot.Slack.Inbound;

/// <summary>Whom an event is delivered for (<c>authorizations[]</c>): the bot's own user id tells its mentions apart.</summary>
public sealed record SlackAuthorization(string? UserId, bool? IsBot);
