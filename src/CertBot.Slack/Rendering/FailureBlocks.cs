using CertBot.Chat.Views;
using CertBot.Slack.BlockKit;

namespace CertBot.Slack.Rendering;

/// <summary>A step that needs a decision: why, the node's last lines, Retry / Skip / Abort; the resolution once decided.</summary>
internal static class FailureBlocks
{
    /// <summary>The node's output is the tail that helps; the head of a long tail is what is cut.</summary>
    private const int TailChars = 2000;

    public static List<Block> Render(FailureView failure)
    {
        var blocks = new List<Block>
        {
            HeaderBlock.Of($"Step {failure.StepNumber} needs a decision"),
            SectionBlock.Markdown($"*{Mrkdwn.Escape(failure.Title)}*\nStep {failure.StepNumber}: {Mrkdwn.Escape(failure.StepTitle)}"
                + (failure.Node is null ? "" : $" on `{Mrkdwn.Escape(failure.Node)}`")),
            SectionBlock.Markdown($":x: *{failure.Heading}:* {Mrkdwn.Escape(failure.Reason)}"),
        };
        if (failure.OutputTail is { Length: > 0 } tail)
        {
            var shown = tail.Length > TailChars ? "…" + tail[^TailChars..] : tail;
            blocks.Add(SectionBlock.Markdown(Mrkdwn.Code(shown)));
        }

        if (failure.Resolution is { } resolution)
        {
            blocks.Add(SectionBlock.Markdown(":white_check_mark: " + Mrkdwn.Escape(resolution)) with { BlockId = "resolution" });
            blocks.Add(BlockParts.ZoneNote());
        }

        blocks.AddRange(BlockParts.Buttons(failure.Actions, "failure"));
        return blocks;
    }
}
