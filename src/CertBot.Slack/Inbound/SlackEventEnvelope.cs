namespace CertBot.Slack.Inbound;

/// <summary>
/// An Events API delivery: first <c>url_verification</c> (echo <see cref="Challenge"/>), then <c>event_callback</c>
/// wrapping one <see cref="Event"/>. <see cref="EventId"/> is the same on every retry of a delivery.
/// </summary>
/// <param name="Authorizations">Whom the event is for: the bot's user id among them.</param>
public sealed record SlackEventEnvelope(string? Type, string? Challenge, string? EventId, string? TeamId, SlackEvent? Event,
    IReadOnlyList<SlackAuthorization>? Authorizations = null)
{
    /// <summary>
    /// A file shared with the bot: in a direct message, or in a channel with a mention of the bot (its <c>app_mention</c>
    /// carries the same message; the chat store's processed ids make sure it is handled once).
    /// </summary>
    public bool IsFileShareForTheBot =>
        Event is { Type: SlackEvent.Message, Subtype: SlackEvent.FileShare, BotId: null, User.Length: > 0 } shared
        && (shared.ChannelType == SlackEvent.DirectMessage
            || (Authorizations ?? []).Any(a => a.UserId is { Length: > 0 } bot && (shared.Text ?? "").Contains($"<@{bot}>", StringComparison.Ordinal)));

    public const string UrlVerification = "url_verification";
    public const string EventCallback = "event_callback";
}
