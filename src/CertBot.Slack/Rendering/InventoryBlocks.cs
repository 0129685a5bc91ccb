using System.Globalization;
using CertBot.Chat.Views;
using CertBot.Slack.BlockKit;

namespace CertBot.Slack.Rendering;

/// <summary>
/// The compact inventory: a section of counts per node with its All certificates button, then the certificates that
/// need attention, most urgent first. 20 nodes take 20 of Slack's 50 blocks; the attention list a few more.
/// </summary>
internal static class InventoryBlocks
{
    public static List<Block> Render(InventoryView inventory)
    {
        var blocks = new List<Block>
        {
            HeaderBlock.Of("Certificates of " + inventory.Cluster),
            ContextBlock.Markdown(string.Create(CultureInfo.InvariantCulture,
                $"{Mrkdwn.Escape(inventory.Filter)} · {(inventory.AsOf is { } asOf ? Mrkdwn.Escape(asOf) : "read " + TimeWords.AtUtc(inventory.ReadAt))} · {inventory.Nodes.Count} nodes · *{inventory.Expired} expired* · {inventory.Expiring} expiring")),
        };
        var used = new HashSet<string>(StringComparer.Ordinal);
        blocks.AddRange(inventory.Nodes.Select(n => new SectionBlock(TextObject.Markdown(Node(n, inventory.ThresholdDays), BlockKitLimits.SectionText))
        {
            Accessory = BlockParts.Button(n.ShowAll, used),
        }));

        if (inventory.Attention.Count == 0)
        {
            blocks.Add(SectionBlock.Markdown("_" + Mrkdwn.Escape(inventory.NothingNeedsAttention) + "_"));
        }
        else
        {
            blocks.Add(SectionBlock.Markdown("*Needs attention, most urgent first*"));
            blocks.AddRange(BlockParts.Lines(inventory.Attention.Select(r => (r.Expired ? ":red_circle: " : ":warning: ") + Mrkdwn.Escape(InventoryRow.Line(r)))));
        }

        if (inventory.NotShownHint is { } hint)
        {
            blocks.Add(ContextBlock.Markdown(Mrkdwn.FromMarkdown(hint)));
        }

        if (inventory.NodeErrors.Count > 0)
        {
            blocks.AddRange(BlockParts.Lines(inventory.NodeErrors.Select(e => ":warning: " + Mrkdwn.Escape(e))));
        }

        blocks.AddRange(BlockParts.Buttons(inventory.Actions ?? [], "inventory", used));
        return blocks;
    }

    private static string Node(InventoryNodeRow node, int thresholdDays)
    {
        var mark = !node.Read || node.HasExpired ? ":red_circle: " : node.IdentityExpiring > 0 ? ":warning: " : "";
        var services = node.ServicesDown is { } down ? string.Create(CultureInfo.InvariantCulture, $" · services down: {down}") : "";
        return mark + $"*{Mrkdwn.Escape(node.Node)}* · {Mrkdwn.Escape(node.Description)}{(node.Read ? "" : " · _not read_")}\n"
            + string.Create(CultureInfo.InvariantCulture,
                $"identity: {node.IdentityValid} valid · {node.IdentityExpiring} expiring ≤ {thresholdDays} d · {node.IdentityExpired} expired · trust: {node.TrustExpired} expired{services}");
    }
}
