using System.Text.Json.Serialization;

namespace CertBot.Teams.Cards;

/// <summary>
/// An Adaptive Card at schema 1.5, the highest Teams renders for bot-sent cards and the lowest at which
/// <c>Action.Execute</c> and <c>refresh</c> work: the version is therefore fixed, not chosen per card.
/// Serialise with <see cref="CardJson"/>.
/// </summary>
public sealed record AdaptiveCard
{
    public const string SchemaVersion = "1.5";

    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    /// <summary>The attachment content type Teams and the Connector use for this card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    [JsonPropertyOrder(-3)]
    public string Type { get; } = "AdaptiveCard";

    [JsonPropertyOrder(-2)]
    [JsonPropertyName("$schema")]
    public string Schema { get; } = SchemaUrl;

    [JsonPropertyOrder(-1)]
    public string Version { get; } = SchemaVersion;

    public IReadOnlyList<CardElement> Body { get; init; } = [];

    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>Teams' user-specific views: who gets an automatic refresh invoke. A convenience, never authorisation.</summary>
    public CardRefresh? Refresh { get; init; }

    /// <summary>What clients that cannot render the card show instead (also the notification preview).</summary>
    public string? FallbackText { get; init; }

    /// <summary>Teams-only card settings (full width for tables and progress).</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardSettings? MsTeams { get; init; }
}
