namespace CertBot.Teams.Cards;

/// <summary>One column of a <see cref="Table"/>: a relative weight or a pixel width (the schema allows no keywords here).</summary>
public sealed record TableColumnDefinition
{
    public TableColumnDefinition(ColumnWidth width)
    {
        if (width.Keyword is not null)
        {
            throw new ArgumentException($"A table column's width is a weight or pixels, not '{width.Keyword}'.", nameof(width));
        }

        Width = width;
    }

    public ColumnWidth Width { get; }

    public HorizontalAlignment? HorizontalCellContentAlignment { get; init; }
}
