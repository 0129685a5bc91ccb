using CertBot.Chat.Views;
using CertBot.Slack.BlockKit;

namespace CertBot.Slack.Rendering;

/// <summary>One run's progress, the message <c>chat.update</c> keeps current: a bar, every step with its mark.</summary>
internal static class ProgressBlocks
{
    private const int BarWidth = 20;

    public static List<Block> Render(ProgressView progress)
    {
        var blocks = new List<Block>
        {
            HeaderBlock.Of(progress.Title),
            SectionBlock.Markdown($"`{Bar(progress.Done, progress.Total)}` {progress.Done}/{progress.Total} steps · *{progress.State.Words()}* · {TimeWords.Duration(progress.Elapsed)}"),
        };
        blocks.AddRange(BlockParts.Lines(progress.Steps.Select(Step)));
        if (progress.More is { } more)
        {
            blocks.Add(ContextBlock.Markdown("… " + Mrkdwn.FromMarkdown(more)));
        }
        if (progress.Attention is { } attention)
        {
            blocks.Add(SectionBlock.Markdown(":warning: " + Mrkdwn.Escape(attention)));
        }

        return blocks;
    }

    private static string Bar(int done, int total)
    {
        var filled = total <= 0 ? 0 : Math.Clamp(done * BarWidth / total, 0, BarWidth);
        return new string('█', filled) + new string('░', BarWidth - filled);
    }

    private static string Step(ProgressStepLine step)
    {
        var node = step.Node is null ? "" : $" · `{Mrkdwn.Escape(step.Node)}`";
        var elapsed = step.Elapsed is { } e ? " · " + TimeWords.Duration(e) : "";
        var detail = step.Detail is null ? "" : " · _" + Mrkdwn.Escape(step.Detail) + "_";
        return $"{step.Mark} {step.Number}. {Mrkdwn.Escape(step.Title)}{node}{elapsed}{detail}";
    }
}
