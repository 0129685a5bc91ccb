using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CertBot.Teams.Cards;

/// <summary>Writes cards as the Adaptive Card schema spells them: camelCase, <c>type</c> first, nulls left out.</summary>
public static class CardJson
{
    /// <summary>
    /// Teams refuses a message over about 28 KB; a card that large is a card that should be split, so the
    /// check is made here rather than discovered as a Connector error mid-run.
    /// </summary>
    public const int MaxBytes = 28 * 1024;

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
    };

    public static string Serialize(AdaptiveCard card) => JsonSerializer.Serialize(card, Options);

    public static JsonNode ToNode(AdaptiveCard card) =>
        JsonSerializer.SerializeToNode(card, Options) ?? throw new InvalidOperationException("A card serialised to JSON null.");

    /// <summary>The card's size as sent, for <see cref="MaxBytes"/>.</summary>
    public static int SizeInBytes(AdaptiveCard card) => JsonSerializer.SerializeToUtf8Bytes(card, Options).Length;
}
