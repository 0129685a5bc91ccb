using CertBot.Chat.Views;
using CertBot.Engine.Inventory;

namespace CertBot.Chat.Inventory;

/// <summary>
/// Every certificate of one node as cards (<c>show all for &lt;node&gt;</c>): identity ones first, then trust ones
/// by store, each by expiry, in pages of <see cref="PageRows"/> so that each card stays within Teams' 28 KB and
/// Slack's limits; at most <see cref="MaxPages"/> pages, the last saying how many more there are. Pure.
/// </summary>
public static class NodeCertificatePages
{
    /// <summary>Certificates on one card: 100 lines of about 100 bytes each stay far below 28 KB.</summary>
    public const int PageRows = 100;

    /// <summary>Pages posted at most for one node: a node with more than 500 certificates is a case for the command line's full listing.</summary>
    public const int MaxPages = 5;

    public static IReadOnlyList<NodeCertificatesView> Of(string cluster, NodeInventory node, DateTimeOffset readAt, DateTimeOffset now, int thresholdDays)
    {
        ArgumentNullException.ThrowIfNull(node);
        var all = node.Certificates
            .OrderBy(c => c.IsIdentity ? 0 : 1).ThenBy(c => c.IsIdentity ? "" : c.Store, StringComparer.Ordinal).ThenBy(c => c.NotAfter)
            .Select(c => CompactInventory.Row(node.Node.Name, c, now)).ToList();
        var description = CompactInventory.Describe(node.Node);
        var asOf = FactsAge.Describe(readAt, now);
        var pages = all.Chunk(PageRows).Take(MaxPages).ToList();
        if (pages.Count == 0)
        {
            return [new NodeCertificatesView(cluster, node.Node.Name, description, readAt, thresholdDays, [], 0, 0, 0, node.Error, asOf)];
        }

        var posted = pages.Sum(p => p.Length);
        return [.. pages.Select((page, i) => new NodeCertificatesView(cluster, node.Node.Name, description, readAt, thresholdDays, page, i * PageRows, all.Count,
            i == pages.Count - 1 ? all.Count - posted : 0, node.Error, asOf))];
    }
}
