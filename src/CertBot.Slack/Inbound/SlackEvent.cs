namespace CertBot.Slack.Inbound;

/// <summary>
/// The inner event: for <c>app_mention</c>, who wrote what in which channel and thread; for a <c>message</c> of subtype
/// <c>file_share</c>, the same with the files shared.
/// </summary>
/// <param name="BotId">Set on messages written by a bot (the bot's own included): never answered.</param>
/// <param name="ChannelType"><c>im</c> for a direct message with the bot, where Slack sends no <c>app_mention</c>.</param>
public sealed record SlackEvent(string? Type, string? User, string? Text, string? Channel, string? Ts, string? ThreadTs, string? BotId,
    string? Subtype = null, string? ChannelType = null, IReadOnlyList<SlackFile>? Files = null)
{
    public const string AppMention = "app_mention";
    public const string Message = "message";
    public const string FileShare = "file_share";
    public const string DirectMessage = "im";
}
