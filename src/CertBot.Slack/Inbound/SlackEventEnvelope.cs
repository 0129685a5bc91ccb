namespace CertBot.Slack.Inbound;

/// <summary>
/// An Events API delivery: first <c>url_verification</c> (echo <see cref="Challenge"/>), then <c>event_callback</c>
/// wrapping one <see cref="Event"/>. <see cref="EventId"/> is the same on every retry of a delivery.
/// </summary>
public sealed record SlackEventEnvelope(string? Type, string? Challenge, string? EventId, string? TeamId, SlackEvent? Event)
{
    public const string UrlVerification = "url_verification";
    public const string EventCallback = "event_callback";
}
