namespace CertBot.Teams.Cards;

/// <summary>A grid (schema 1.5): the inventory card's nodes × certificates.</summary>
public sealed record Table(IReadOnlyList<TableColumnDefinition> Columns, IReadOnlyList<TableRow> Rows) : CardElement
{
    public bool? FirstRowAsHeader { get; init; }

    public bool? ShowGridLines { get; init; }

    public ContainerStyle? GridStyle { get; init; }
}
