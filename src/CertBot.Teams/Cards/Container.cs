namespace CertBot.Teams.Cards;

/// <summary>A group of elements, optionally styled (a failed step in <see cref="ContainerStyle.Attention"/>).</summary>
public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public ContainerStyle? Style { get; init; }

    public bool? Bleed { get; init; }

    /// <summary>A CSS-like length such as <c>8px</c>.</summary>
    public string? MinHeight { get; init; }

    public VerticalAlignment? VerticalContentAlignment { get; init; }
}
