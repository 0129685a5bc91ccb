namespace CertBot.Teams.Cards;

/// <summary>Text, with the subset of Markdown Adaptive Cards render. Wraps by default: CertBot's text is sentences.</summary>
public sealed record TextBlock(string Text) : CardElement
{
    public bool? Wrap { get; init; } = true;

    public TextWeight? Weight { get; init; }

    public TextSize? Size { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public int? MaxLines { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    public FontType? FontType { get; init; }
}
