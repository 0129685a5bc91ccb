using System.Globalization;
using System.Text.Json.Serialization;

namespace CertBot.Teams.Cards;

/// <summary>
/// A column's width: <c>"auto"</c>, <c>"stretch"</c>, a relative weight (a JSON number) or pixels (<c>"40px"</c>).
/// The schema mixes strings and numbers in one property, hence a type of its own.
/// </summary>
[JsonConverter(typeof(ColumnWidthJsonConverter))]
public readonly record struct ColumnWidth
{
    private ColumnWidth(string? keyword, int number, bool pixels)
    {
        Keyword = keyword;
        Number = number;
        IsPixels = pixels;
    }

    public static ColumnWidth Auto { get; } = new("auto", 0, false);

    public static ColumnWidth Stretch { get; } = new("stretch", 0, false);

    /// <summary><c>auto</c> or <c>stretch</c>; null for a weight or a pixel width.</summary>
    public string? Keyword { get; }

    public int Number { get; }

    public bool IsPixels { get; }

    public static ColumnWidth Weight(int weight) => weight > 0
        ? new ColumnWidth(null, weight, false)
        : throw new ArgumentOutOfRangeException(nameof(weight), weight, "A column weight is a positive number.");

    public static ColumnWidth Pixels(int pixels) => pixels > 0
        ? new ColumnWidth(null, pixels, true)
        : throw new ArgumentOutOfRangeException(nameof(pixels), pixels, "A pixel width is a positive number.");

    public override string ToString() =>
        Keyword ?? (IsPixels ? $"{Number.ToString(CultureInfo.InvariantCulture)}px" : Number.ToString(CultureInfo.InvariantCulture));
}
