namespace CertBot.Slack.BlockKit;

/// <summary>Text (≤ 3000 characters) and/or up to 10 two-column fields (≤ 2000 characters each), and optionally a button beside them.</summary>
public sealed record SectionBlock(TextObject? Text, IReadOnlyList<TextObject>? Fields = null) : Block
{
    /// <summary>A button at the section's right (a node's All certificates on the inventory).</summary>
    public ButtonElement? Accessory { get; init; }

    public static SectionBlock Markdown(string text) => new(TextObject.Markdown(text, BlockKitLimits.SectionText));

    /// <summary>Label/value pairs as mrkdwn fields (<c>*Label*\nvalue</c>); the values must already be escaped.</summary>
    public static SectionBlock Facts(IEnumerable<(string Label, string Value)> facts) =>
        new(null, [.. facts.Take(BlockKitLimits.SectionFields)
            .Select(f => TextObject.Markdown($"*{f.Label}*\n{f.Value}", BlockKitLimits.SectionFieldText))]);
}
