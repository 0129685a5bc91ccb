namespace CertBot.Teams.Cards;

/// <summary>Columns side by side (a step's mark, name and node; the segments of a progress bar).</summary>
public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement
{
    public ContainerStyle? Style { get; init; }

    public bool? Bleed { get; init; }
}
