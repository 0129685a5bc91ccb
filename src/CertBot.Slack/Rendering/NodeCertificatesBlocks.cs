using CertBot.Chat.Views;
using CertBot.Slack.BlockKit;

namespace CertBot.Slack.Rendering;

/// <summary>Every certificate of one node (or one page of them): identity ones, then trust ones, one line each, those needing attention marked.</summary>
internal static class NodeCertificatesBlocks
{
    public static List<Block> Render(NodeCertificatesView node)
    {
        var blocks = new List<Block>
        {
            HeaderBlock.Of("Certificates of " + node.Node),
            ContextBlock.Markdown(Mrkdwn.Escape($"{node.Description} of {node.Cluster} · {node.Range} · {node.AsOf ?? "read " + TimeWords.AtUtc(node.ReadAt)}")),
        };
        if (node.Error is { } error)
        {
            blocks.Add(SectionBlock.Markdown(BlockParts.Warning("Not read completely: " + ViewLimits.Cut(error))));
        }

        Group(blocks, "Identity certificates", node, [.. node.Rows.Where(r => r.IsIdentity)]);
        Group(blocks, "Trust certificates", node, [.. node.Rows.Where(r => !r.IsIdentity)]);
        if (node.Total == 0)
        {
            blocks.Add(SectionBlock.Markdown("_No certificate was read from this node._"));
        }

        if (node.NotShown > 0)
        {
            blocks.Add(ContextBlock.Markdown(Mrkdwn.FromMarkdown(NodeCertificatesView.NotShownHint(node.NotShown))));
        }

        return blocks;
    }

    private static void Group(List<Block> blocks, string title, NodeCertificatesView node, List<InventoryRow> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        blocks.Add(SectionBlock.Markdown($"*{title} ({rows.Count})*"));
        blocks.AddRange(BlockParts.Lines(rows.Select(r => (r.Expired ? ":red_circle: " : r.DaysLeft <= node.ThresholdDays ? ":warning: " : "") + Mrkdwn.Escape(node.Line(r)))));
    }
}
