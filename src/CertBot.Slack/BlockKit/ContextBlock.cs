namespace CertBot.Slack.BlockKit;

/// <summary>Small grey text: up to 10 elements.</summary>
public sealed record ContextBlock(IReadOnlyList<TextObject> Elements) : Block
{
    public static ContextBlock Markdown(string text) => new([TextObject.Markdown(text, BlockKitLimits.SectionText)]);
}
