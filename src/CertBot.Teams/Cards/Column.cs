using System.Text.Json.Serialization;

namespace CertBot.Teams.Cards;

/// <summary>One column of a <see cref="ColumnSet"/>; it only exists inside one, so it is not a body element.</summary>
public sealed record Column(IReadOnlyList<CardElement> Items)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "Column";

    public ColumnWidth? Width { get; init; }

    public ContainerStyle? Style { get; init; }

    /// <summary>A CSS-like length such as <c>8px</c>.</summary>
    public string? MinHeight { get; init; }

    public VerticalAlignment? VerticalContentAlignment { get; init; }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }
}
