using System.Text.Json.Serialization;

namespace CertBot.Teams.Cards;

/// <summary>One row of a <see cref="Table"/>.</summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "TableRow";

    /// <summary>Highlights a row (an expired certificate in <see cref="ContainerStyle.Attention"/>).</summary>
    public ContainerStyle? Style { get; init; }
}
