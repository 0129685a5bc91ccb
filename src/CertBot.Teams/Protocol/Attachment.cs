namespace CertBot.Teams.Protocol;

/// <summary>An attachment; outbound, CertBot only attaches Adaptive Cards.</summary>
/// <param name="Content">The card when outbound; a <see cref="System.Text.Json.JsonElement"/> when read.</param>
public sealed record Attachment(string? ContentType, object? Content)
{
    public static Attachment Card(Cards.AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new Attachment(Cards.AdaptiveCard.ContentType, card);
    }
}
