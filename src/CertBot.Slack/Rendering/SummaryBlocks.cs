using System.Globalization;
using CertBot.Chat.Views;
using CertBot.Slack.BlockKit;

namespace CertBot.Slack.Rendering;

/// <summary>
/// The final message of a run, the thread's maintenance record: how it ended, who asked and who decided when, how
/// long it took, what changed on each node, what it left half-done and what is left for people.
/// </summary>
internal static class SummaryBlocks
{
    public static List<Block> Render(SummaryView summary)
    {
        var mark = summary.State switch
        {
            RunDisplayState.Succeeded => ":white_check_mark:",
            RunDisplayState.Cancelled => ":no_entry_sign:",
            _ => ":x:",
        };
        var blocks = new List<Block>
        {
            HeaderBlock.Of(summary.Title),
            SectionBlock.Markdown($"{mark} *{summary.State.Words()}* after {TimeWords.Duration(summary.Duration)}"),
            SectionBlock.Facts(
            [
                ("Steps", string.Create(CultureInfo.InvariantCulture, $"{summary.Succeeded} done, {summary.Skipped} skipped, {summary.Failed} failed of {summary.Total}")),
                ("Requested by", $"{Mrkdwn.Escape(summary.RequestedBy)} at {TimeWords.At(summary.RequestedAt)}"),
                ("Ended", TimeWords.At(summary.EndedAt)),
            ]),
        };
        if (summary.Decisions.Count > 0)
        {
            blocks.AddRange(BlockParts.Lines(["*Decisions*", .. summary.Decisions.Select(d => "• " + Mrkdwn.Escape(d))]));
        }

        if (summary.Attention is { } attention)
        {
            blocks.Add(SectionBlock.Markdown(":warning: " + Mrkdwn.Escape(attention)));
        }

        if (summary.Nodes.Count > 0)
        {
            blocks.Add(new DividerBlock());
            blocks.Add(SectionBlock.Markdown("*What changed*"));
            foreach (var node in summary.Nodes)
            {
                blocks.AddRange(BlockParts.Lines([$"*{Mrkdwn.Escape(node.Node)}*", .. node.Lines.Select(Mrkdwn.Escape)]));
            }
        }

        if (summary.More is { } more)
        {
            blocks.Add(ContextBlock.Markdown(Mrkdwn.FromMarkdown(more)));
        }

        blocks.AddRange(BlockParts.Lines(summary.Undo.Select(u => BlockParts.Warning("Left half-done: " + u))));
        if (summary.FollowUps.Count > 0)
        {
            blocks.AddRange(BlockParts.Lines(["*Left for people*", .. summary.FollowUps.Select(f => "• " + Mrkdwn.Escape(f))]));
        }

        blocks.Add(BlockParts.ZoneNote());
        blocks.AddRange(BlockParts.Buttons(summary.Actions, "summary"));
        return blocks;
    }
}
