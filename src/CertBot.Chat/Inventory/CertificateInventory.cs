using CertBot.Chat.Views;
using CertBot.Engine.Configuration;
using CertBot.Engine.Inventory;
using CertBot.Engine.Inventory.Cache;

namespace CertBot.Chat.Inventory;

/// <summary>
/// The chat's <c>certs</c> and <c>show all for &lt;node&gt;</c>: one cluster's inventory (P0) from the facts cache
/// when its facts are younger than <c>CertBot:Facts:MaxAge</c>, else read now through the <see cref="FactsRefresher"/>
/// (which keeps them for the next answer) or, while a run holds the cluster, live through the
/// <see cref="InventoryReader"/> as before the cache; shown as the compact card (<see cref="CompactInventory"/>) or
/// as one node's every certificate (<see cref="NodeCertificatePages"/>), with how old the facts are. Reading the
/// nodes is the engine's; this class only chooses what to show.
/// </summary>
public sealed class CertificateInventory(EngineOptions options, InventoryReader reader, IFactsCache cache, FactsRefresher refresher, TimeProvider time, ChatOptions chat)
{
    /// <summary>The compact card of a cluster: counts per node and the certificates that need attention.</summary>
    public async Task<InventoryView> ReadAsync(string clusterName, int? expiringWithinDays, CancellationToken cancellationToken)
    {
        var (cluster, nodes, readAt) = await FactsAsync(clusterName, cancellationToken);
        return View(cluster, nodes, readAt, expiringWithinDays);
    }

    /// <summary>The card of facts just read (<c>refresh</c>), as <see cref="ReadAsync"/> shows them.</summary>
    public InventoryView Show(ClusterFacts facts, int? expiringWithinDays)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return View(facts.Cluster, facts.Nodes, facts.ReadAt, expiringWithinDays);
    }

    /// <summary>Every certificate of one configured node, in as many cards as it takes.</summary>
    public async Task<IReadOnlyList<NodeCertificatesView>> ReadNodeAsync(string clusterName, string nodeName, int? expiringWithinDays, CancellationToken cancellationToken)
    {
        var (cluster, nodes, readAt) = await FactsAsync(clusterName, cancellationToken);
        var node = nodes.FirstOrDefault(n => string.Equals(n.Node.Name, nodeName, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"no node {nodeName} in {cluster}", nameof(nodeName));
        return NodeCertificatePages.Of(cluster, node, readAt, time.GetUtcNow(), expiringWithinDays ?? chat.ExpiringThresholdDays);
    }

    private InventoryView View(string cluster, IEnumerable<NodeInventory> nodes, DateTimeOffset readAt, int? expiringWithinDays) =>
        CompactInventory.Of(cluster, nodes, readAt, time.GetUtcNow(), expiringWithinDays, expiringWithinDays ?? chat.ExpiringThresholdDays, chat.MaxAttentionRows)
        with { Actions = [FactsAge.RefreshAction(Data(cluster, expiringWithinDays))] };

    private async Task<(string Cluster, IReadOnlyList<NodeInventory> Nodes, DateTimeOffset ReadAt)> FactsAsync(string clusterName, CancellationToken cancellationToken)
    {
        var cluster = options.FindCluster(clusterName) ?? throw new ArgumentException($"no cluster {clusterName}", nameof(clusterName));
        if (await cache.GetAsync(cluster.Name, cancellationToken) is { } cached && cached.Age(time.GetUtcNow()) <= refresher.Options.MaxAge)
        {
            return (cluster.Name, cached.Nodes, cached.ReadAt);
        }

        if ((await refresher.RefreshAsync(cluster.Name, cancellationToken)).Facts is { } read)
        {
            return (cluster.Name, read.Nodes, read.ReadAt);
        }

        // A run holds the cluster (or another instance is reading it): read it live, as before the cache.
        var live = await FreshFacts.ReadLiveAsync(reader, time, cluster, cancellationToken);
        return (live.Cluster, live.Nodes, live.ReadAt);
    }

    private static Dictionary<string, string> Data(string cluster, int? expiringWithinDays)
    {
        var data = new Dictionary<string, string> { [ChatVerbs.ClusterKey] = cluster };
        if (expiringWithinDays is { } days)
        {
            data[ChatVerbs.DaysKey] = days.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return data;
    }
}
