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
    public async Task<InventoryView> ReadAsync(string clusterName, int? expiringWithinDays, CancellationToken cancellationToken)
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

        // Expired and soonest first across nodes when rows must be left out, so what matters is what is shown.
        var shown = rows.Count <= chat.MaxInventoryRows ? rows
            : rows.OrderBy(r => r.DaysLeft).Take(chat.MaxInventoryRows).OrderBy(r => rows.IndexOf(r)).ToList();
        return new InventoryView(cluster.Name, now, expiringWithinDays, shown, rows.Count - shown.Count, rows.Count(r => r.Expired), errors);
    }

    private bool Wanted(CertificateInfo certificate, DateTimeOffset now, int? expiringWithinDays) => expiringWithinDays is { } days
        ? certificate.DaysLeft(now) <= days
        : certificate.IsIdentity || certificate.DaysLeft(now) <= chat.TrustHorizonDays;
}
