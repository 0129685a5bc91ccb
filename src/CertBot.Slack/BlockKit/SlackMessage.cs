namespace CertBot.Slack.BlockKit;

/// <summary>
/// What <c>chat.postMessage</c> and <c>chat.update</c> send: the blocks, and <see cref="Text"/> for notifications
/// and clients that show no blocks.
/// </summary>
public sealed record SlackMessage(string Text, IReadOnlyList<Block> Blocks)
{
    public static SlackMessage Plain(string markdown) =>
        new(BlockKitLimits.Cut(markdown, BlockKitLimits.MessageText), [SectionBlock.Markdown(markdown)]);
}
