using System.Globalization;
using CertBot.Chat.Grammar;
using CertBot.Chat.Views;
using CertBot.Engine.Inventory;
using CertBot.Engine.Model;

namespace CertBot.Chat.Inventory;

/// <summary>
/// A cluster's facts as the compact inventory card shows them: a row of counts per node and the certificates that
/// need attention, most urgent first. A cluster of 20 nodes with 60 certificates each lists 1,200 certificates;
/// one row per certificate exceeds Teams' 28 KB and Slack's 50 blocks, so the card counts and lists only what
/// someone must act on. Pure: the facts and the clock in, the view out.
/// </summary>
public static class CompactInventory
{
    /// <param name="thresholdDays">What "expiring" means: the days asked for, else the configured threshold.</param>
    /// <param name="maxAttention">Certificates needing attention listed at most; the rest are counted.</param>
    public static InventoryView Of(string cluster, IEnumerable<NodeInventory> nodes, DateTimeOffset readAt, DateTimeOffset now,
        int? expiringWithinDays, int thresholdDays, int maxAttention)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var rows = new List<InventoryNodeRow>();
        var attention = new List<InventoryRow>();
        var errors = new List<string>();
        foreach (var node in nodes)
        {
            if (node.Error is not null)
            {
                errors.Add($"{node.Node.Name}: {node.Error}");
            }

            var certificates = node.Certificates.Select(c => Row(node.Node.Name, c, now)).ToList();
            rows.Add(NodeRow(cluster, node, certificates, thresholdDays, expiringWithinDays));
            attention.AddRange(certificates.Where(r => NeedsAttention(r, thresholdDays)));
        }

        // Most urgent first: identity certificates before trust ones (an identity certificate stops a service when it
        // expires; an expired trust entry is clean-up, and a real cluster has dozens, which must not push an identity
        // certificate expiring in two days off the card), each expired before expiring, the fewest days left first.
        var ordered = attention.OrderBy(r => r.IsIdentity ? 0 : 1).ThenByDescending(r => r.Expired).ThenBy(r => r.DaysLeft).ToList();
        var shown = ordered.Take(Math.Max(0, maxAttention)).ToList();
        var hiddenOn = ordered.Skip(shown.Count).Select(r => r.Node).ToHashSet(StringComparer.Ordinal);
        return new InventoryView(cluster, readAt, expiringWithinDays, thresholdDays, rows, shown, ordered.Count - shown.Count,
            [.. rows.Select(r => r.Node).Where(hiddenOn.Contains)], ViewLimits.Lines(errors, "nodes not read"),
            AsOf: FactsAge.Describe(readAt, now));
    }

    /// <summary>A certificate as the views show it.</summary>
    public static InventoryRow Row(string node, CertificateInfo certificate, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return new InventoryRow(node, certificate.Store, certificate.Unit, certificate.File, certificate.NotAfter, certificate.DaysLeft(now), certificate.IsExpired(now));
    }

    /// <summary>Product and role in words: "CUCM publisher", "IM and Presence subscriber".</summary>
    public static string Describe(NodeRef node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return $"{ProductWords.Describe(node.Product)} {(node.Role == NodeRole.Publisher ? "publisher" : "subscriber")}";
    }

    /// <summary>The "All certificates" button of a node: the same answer as <c>show all for &lt;node&gt;</c>.</summary>
    public static ViewAction ShowAll(string cluster, string node, int? expiringWithinDays)
    {
        var data = new Dictionary<string, string> { [ChatVerbs.ClusterKey] = cluster, [ChatVerbs.NodeKey] = node };
        if (expiringWithinDays is { } days)
        {
            data[ChatVerbs.DaysKey] = days.ToString(CultureInfo.InvariantCulture);
        }

        return new ViewAction("All certificates", ChatVerbs.ShowAll, data);
    }

    /// <summary>Expired, or expiring within the threshold: identity ones are regenerated or renewed, trust ones purged or replaced.</summary>
    private static bool NeedsAttention(InventoryRow row, int thresholdDays) => row.Expired || row.DaysLeft <= thresholdDays;

    private static InventoryNodeRow NodeRow(string cluster, NodeInventory node, List<InventoryRow> certificates, int thresholdDays, int? expiringWithinDays)
    {
        var identity = certificates.Where(r => r.IsIdentity).ToList();
        var expiring = identity.Count(r => !r.Expired && r.DaysLeft <= thresholdDays);
        var expired = identity.Count(r => r.Expired);
        // An empty list means the services were not read (every node runs dozens), not that none is down.
        int? down = node.Services.Count == 0 ? null : node.Services.Count(s => s.Activated && s.State != ServiceState.Started);
        return new InventoryNodeRow(node.Node.Name, Describe(node.Node), identity.Count - expiring - expired, expiring, expired,
            certificates.Count(r => !r.IsIdentity && r.Expired), down, node.Error is null, ShowAll(cluster, node.Node.Name, expiringWithinDays));
    }
}
