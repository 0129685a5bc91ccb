using CertBot.Chat.Views;
using CertBot.Engine.Configuration;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Chat.Inventory;

/// <summary>
/// Procedure P0 for the chat: every node of one cluster read concurrently through the engine's node port
/// (one login each, read-only), certificates listed with days left. A node that cannot be read is named with
/// why; it never hides the others.
/// </summary>
public sealed class CertificateInventory(EngineOptions options, INodePort port, TimeProvider time, ChatOptions chat)
{
    public async Task<InventoryView> ReadAsync(string clusterName, int? expiringWithinDays, CancellationToken cancellationToken)
    {
        var cluster = options.FindCluster(clusterName) ?? throw new ArgumentException($"no cluster {clusterName}", nameof(clusterName));
        var now = time.GetUtcNow();
        var nodes = cluster.Nodes.Select(n => new NodeRef(cluster.Name, n.Name, n.Product, n.Role)).ToList();
        var results = await Task.WhenAll(nodes.Select(n => ReadNodeAsync(n, cancellationToken)));
        var rows = new List<InventoryRow>();
        var errors = new List<string>();
        foreach (var (node, certificates, error) in results)
        {
            if (error is not null)
            {
                errors.Add($"{node.Name}: {error}");
            }

            rows.AddRange(certificates.Where(c => Wanted(c, now, expiringWithinDays))
                .OrderBy(c => c.IsIdentity ? 0 : 1).ThenBy(c => c.NotAfter)
                .Select(c => new InventoryRow(node.Name, c.Store, c.Unit, c.File, c.NotAfter, c.DaysLeft(now), c.IsExpired(now))));
        }

        // Expired and soonest first across nodes when rows must be left out, so what matters is what is shown.
        var shown = rows.Count <= chat.MaxInventoryRows ? rows
            : rows.OrderBy(r => r.DaysLeft).Take(chat.MaxInventoryRows).OrderBy(r => rows.IndexOf(r)).ToList();
        return new InventoryView(cluster.Name, now, expiringWithinDays, shown, rows.Count - shown.Count, rows.Count(r => r.Expired), errors);
    }

    private bool Wanted(CertificateInfo certificate, DateTimeOffset now, int? expiringWithinDays) => expiringWithinDays is { } days
        ? certificate.DaysLeft(now) <= days
        : certificate.IsIdentity || certificate.DaysLeft(now) <= chat.TrustHorizonDays;

    private async Task<(NodeRef Node, IReadOnlyList<CertificateInfo> Certificates, string? Error)> ReadNodeAsync(NodeRef node, CancellationToken cancellationToken)
    {
        try
        {
            await using var session = await port.OpenAsync(node, cancellationToken);
            var own = await session.ListCertificatesAsync(trust: false, cancellationToken);
            var trust = await session.ListCertificatesAsync(trust: true, cancellationToken);
            return (node, [.. own, .. trust], null);
        }
        catch (NodeException e)
        {
            return (node, [], e.Message);
        }
    }
}
