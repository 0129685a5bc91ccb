using System.Text.Json.Serialization;

namespace CertBot.Teams.Cards;

/// <summary>One cell of a <see cref="TableRow"/>.</summary>
public sealed record TableCell(IReadOnlyList<CardElement> Items)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "TableCell";

    public ContainerStyle? Style { get; init; }

    /// <summary>A cell with one line of text, the common case.</summary>
    public static TableCell Of(string text) => new([new TextBlock(text)]);
}
