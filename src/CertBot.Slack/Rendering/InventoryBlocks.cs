using System.Globalization;
using CertBot.Chat.Views;
using CertBot.Slack.BlockKit;

namespace CertBot.Slack.Rendering;

/// <summary>A cluster's certificates node by node: a fixed-width table per node, expired ones marked.</summary>
internal static class InventoryBlocks
{
    public static List<Block> Render(InventoryView inventory)
    {
        var filter = inventory.ExpiringWithinDays is { } days
            ? string.Create(CultureInfo.InvariantCulture, $"expiring within {days} days")
            : "identity certificates and trust certificates expiring soon";
        var blocks = new List<Block>
        {
            HeaderBlock.Of("Certificates of " + inventory.Cluster),
            ContextBlock.Markdown($"{Mrkdwn.Escape(filter)} · {(inventory.AsOf is { } asOf ? Mrkdwn.Escape(asOf) : "read " + TimeWords.AtUtc(inventory.ReadAt))} · {inventory.Rows.Count + inventory.NotShown} listed · *{inventory.Expired} expired*"),
        };
        foreach (var node in inventory.Rows.GroupBy(r => r.Node))
        {
            blocks.Add(SectionBlock.Markdown($"*{Mrkdwn.Escape(node.Key)}*"));
            blocks.AddRange(BlockParts.Lines(node.Select(Row), code: true));
        }

        if (inventory.Rows.Count == 0)
        {
            blocks.Add(SectionBlock.Markdown("_No certificate matches._"));
        }

        if (inventory.NotShown > 0)
        {
            blocks.Add(ContextBlock.Markdown(string.Create(CultureInfo.InvariantCulture, $"… and {inventory.NotShown} more not shown")));
        }

        if (inventory.NodeErrors.Count > 0)
        {
            blocks.AddRange(BlockParts.Lines(inventory.NodeErrors.Select(e => ":warning: " + Mrkdwn.Escape(e))));
        }

        blocks.AddRange(BlockParts.Buttons(inventory.Actions ?? [], "inventory"));

        return blocks;
    }

    private static string Row(InventoryRow row) => Mrkdwn.Escape(string.Create(CultureInfo.InvariantCulture,
        $"{(row.Expired ? "EXPIRED" : "       ")} {row.Store,-5} {row.Unit,-14} {row.NotAfter:yyyy-MM-dd} {row.DaysLeft,5}d  {row.File}"));
}
