using System.Globalization;
using CertBot.Chat.Views;
using CertBot.Slack.BlockKit;

namespace CertBot.Slack.Rendering;

/// <summary>The expiry watch's message: what crossed a threshold (or the week's digest), one line per certificate, a button per remedy.</summary>
internal static class ExpiryBlocks
{
    public static List<Block> Render(ExpiryView expiry)
    {
        var blocks = new List<Block>
        {
            HeaderBlock.Of(expiry.Heading),
            ContextBlock.Markdown($"read {TimeWords.AtUtc(expiry.ReadAt)} · each certificate is announced once per threshold"),
        };
        blocks.AddRange(BlockParts.Lines(expiry.Rows.Select(r => (r.Expired ? ":red_circle: " : ":large_orange_circle: ") + Mrkdwn.Escape(ExpiryRow.Line(r) + " · fix: " + r.Remedy))));
        if (expiry.NotShown > 0)
        {
            blocks.Add(ContextBlock.Markdown(string.Create(CultureInfo.InvariantCulture, $"… and {expiry.NotShown} more not shown: `certs {Mrkdwn.Escape(expiry.Cluster)} expiring <days>` lists them all")));
        }

        blocks.AddRange(BlockParts.Buttons(expiry.Actions, "expiry"));
        return blocks;
    }
}
