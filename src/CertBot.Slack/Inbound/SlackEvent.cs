namespace CertBot.Slack.Inbound;

/// <summary>The inner event: for <c>app_mention</c>, who wrote what in which channel and thread.</summary>
/// <param name="BotId">Set on messages written by a bot (the bot's own included): never answered.</param>
public sealed record SlackEvent(string? Type, string? User, string? Text, string? Channel, string? Ts, string? ThreadTs, string? BotId)
{
    public const string AppMention = "app_mention";
}
