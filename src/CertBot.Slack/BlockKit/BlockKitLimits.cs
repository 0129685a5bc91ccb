namespace CertBot.Slack.BlockKit;

/// <summary>
/// Slack's documented Block Kit limits (docs.slack.dev/reference/block-kit). Over a limit Slack refuses the whole
/// message (<c>invalid_blocks</c>), so every text is cut here and a long message keeps its head and its buttons.
/// </summary>
public static class BlockKitLimits
{
    public const int Blocks = 50;
    public const int HeaderText = 150;
    public const int SectionText = 3000;
    public const int SectionFieldText = 2000;
    public const int SectionFields = 10;
    public const int ContextElements = 10;
    public const int ActionElements = 25;
    public const int ButtonText = 75;
    public const int ActionId = 255;
    public const int ButtonValue = 2000;
    public const int BlockId = 255;
    public const int ConfirmTitle = 100;
    public const int ConfirmText = 300;
    public const int ConfirmButton = 30;
    public const int InputLabel = 2000;
    public const int Placeholder = 150;

    /// <summary>The top-level <c>text</c>; Slack truncates beyond 40,000, we keep notifications short.</summary>
    public const int MessageText = 3000;

    private const string Ellipsis = "…";

    /// <summary>The text, or its head and an ellipsis when longer than <paramref name="max"/>.</summary>
    public static string Cut(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var head = text[..(max - Ellipsis.Length)];

        // Never leave half a surrogate pair: Slack counts characters and refuses malformed UTF-16.
        if (char.IsHighSurrogate(head[^1]))
        {
            head = head[..^1];
        }

        return head + Ellipsis;
    }

    /// <summary>
    /// At most <see cref="Blocks"/> blocks: the head and the trailing actions are kept, the middle is replaced by
    /// a context line saying how many were left out.
    /// </summary>
    public static IReadOnlyList<Block> Fit(IReadOnlyList<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        if (blocks.Count <= Blocks)
        {
            return blocks;
        }

        var tail = blocks[^1] is ActionsBlock ? 1 : 0;
        var head = Blocks - 1 - tail;
        var omitted = blocks.Count - head - tail;
        return [.. blocks.Take(head), ContextBlock.Markdown($"… {omitted} more not shown (Slack shows at most {Blocks} blocks per message)"),
            .. blocks.Skip(blocks.Count - tail)];
    }
}
