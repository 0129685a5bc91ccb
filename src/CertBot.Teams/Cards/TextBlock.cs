namespace CertBot.Teams.Cards;

/// <summary>Text, with the subset of Markdown Adaptive Cards render. Wraps by default: CertBot's text is sentences.</summary>
public sealed record TextBlock(string Text) : CardElement
{
    public bool? Wrap { get; init; } = true;

    /// <summary><see cref="TextBlockStyle.Heading"/> marks a title for screen readers and styles it as the host's heading.</summary>
    public TextBlockStyle? Style { get; init; }

    public TextWeight? Weight { get; init; }

    public TextSize? Size { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public int? MaxLines { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    public FontType? FontType { get; init; }
}
