using CertBot.Chat.Views;
using CertBot.Engine.Configuration;
using CertBot.Engine.Inventory;
using CertBot.Engine.Model;

namespace CertBot.Chat.Inventory;

/// <summary>
/// The chat's <c>certs</c>: one cluster's inventory (P0) from the engine's <see cref="InventoryReader"/>, filtered
/// and mapped to an <see cref="InventoryView"/>: certificates with days left, and every node that could not be
/// read named with why. Reading the nodes is the engine's; this class only chooses what to show.
/// </summary>
public sealed class CertificateInventory(EngineOptions options, InventoryReader reader, TimeProvider time, ChatOptions chat)
{
    /// <summary>The inventory as a card shows it: at most <see cref="ChatOptions.MaxInventoryRows"/> rows, the soonest to expire.</summary>
    public async Task<InventoryView> ReadAsync(string clusterName, int? expiringWithinDays, CancellationToken cancellationToken)
    {
        var all = await ReadAllAsync(clusterName, expiringWithinDays, cancellationToken);
        var rows = all.Rows.ToList();
        // Expired and soonest first across nodes when rows must be left out, so what matters is what is shown.
        var shown = rows.Count <= chat.MaxInventoryRows ? rows
            : rows.OrderBy(r => r.DaysLeft).Take(chat.MaxInventoryRows).OrderBy(r => rows.IndexOf(r)).ToList();
        return all with { Rows = shown, NotShown = rows.Count - shown.Count, Actions = shown.Count == rows.Count ? [] : [ShowAll(all)] };
    }

    /// <summary>Every row, for the "Show all" that posts them in pieces.</summary>
    public async Task<InventoryView> ReadAllAsync(string clusterName, int? expiringWithinDays, CancellationToken cancellationToken)
    {
        var cluster = options.FindCluster(clusterName) ?? throw new ArgumentException($"no cluster {clusterName}", nameof(clusterName));
        var nodes = cluster.Nodes.Select(n => new NodeRef(cluster.Name, n.Name, n.Product, n.Role));
        var read = await reader.ReadAsync(nodes, nodeDone: null, cancellationToken);
        var now = time.GetUtcNow();
        var rows = new List<InventoryRow>();
        var errors = new List<string>();
        foreach (var node in read.SelectMany(c => c.Nodes))
        {
            if (node.Error is not null)
            {
                errors.Add($"{node.Node.Name}: {node.Error}");
            }

            rows.AddRange(node.Certificates.Where(c => Wanted(c, now, expiringWithinDays))
                .OrderBy(c => c.IsIdentity ? 0 : 1).ThenBy(c => c.NotAfter)
                .Select(c => new InventoryRow(node.Node.Name, c.Store, c.Unit, c.File, c.NotAfter, c.DaysLeft(now), c.IsExpired(now))));
        }

        return new InventoryView(cluster.Name, now, expiringWithinDays, rows, 0, rows.Count(r => r.Expired), ViewLimits.Lines(errors, "nodes not read"));
    }

    private static ViewAction ShowAll(InventoryView view)
    {
        var data = new Dictionary<string, string> { [ChatVerbs.ClusterKey] = view.Cluster };
        if (view.ExpiringWithinDays is { } days)
        {
            data[ChatVerbs.DaysKey] = days.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return new ViewAction($"Show all {view.Rows.Count}", ChatVerbs.ShowAll, data);
    }

    private bool Wanted(CertificateInfo certificate, DateTimeOffset now, int? expiringWithinDays) => expiringWithinDays is { } days
        ? certificate.DaysLeft(now) <= days
        : certificate.IsIdentity || certificate.DaysLeft(now) <= chat.TrustHorizonDays;
}
