using System.Globalization;
using CertBot.Chat.Views;
using CertBot.Slack.BlockKit;

namespace CertBot.Slack.Rendering;

/// <summary>The end of a run: how it ended, step counts, duration, who asked and who decided.</summary>
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
                ("Requested by", Mrkdwn.Escape(summary.RequestedBy)),
            ]),
        };
        if (summary.Decisions.Count > 0)
        {
            blocks.AddRange(BlockParts.Lines(summary.Decisions.Select(d => "• " + Mrkdwn.Escape(d))));
        }

        if (summary.Attention is { } attention)
        {
            blocks.Add(SectionBlock.Markdown(":warning: " + Mrkdwn.Escape(attention)));
        }

        if (summary.More is { } more)
        {
            blocks.Add(ContextBlock.Markdown(Mrkdwn.FromMarkdown(more)));
        }

        blocks.AddRange(BlockParts.Lines(summary.Undo.Select(u => BlockParts.Warning("Left half-done: " + u))));
        blocks.AddRange(BlockParts.Buttons(summary.Actions, "summary"));
        return blocks;
    }
}
