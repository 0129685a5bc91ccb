using CertBot.Engine.Configuration;
using CertBot.Engine.Model;

namespace CertBot.Engine.Inventory.Cache;

/// <summary>
/// A cluster's facts for the readers that may answer from a recent read but never keep one (the expiry watch,
/// <c>certbot expiring</c>): the facts cache's when they are complete and no older than <c>CertBot:Facts:MaxAge</c>
/// (<see cref="IFactsCache.GetFreshAsync"/>), so a look at a watched cluster logs in to no node while the refresher
/// keeps its facts fresh; else every node read live now, as before the cache. A live read is not stored: the
/// <see cref="FactsRefresher"/> is the cache's one writer, with its lease and its care not to compete with a run.
/// </summary>
public sealed class FreshFacts(IFactsCache cache, InventoryReader reader, TimeProvider time)
{
    /// <summary>The cluster's facts, and whether they came from the cache (<c>false</c>: read from the nodes now).</summary>
    public async Task<(ClusterFacts Facts, bool Cached)> ReadAsync(ClusterOptions cluster, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return await cache.GetFreshAsync(cluster.Name, cancellationToken) is { } fresh ? (fresh, true) : (await ReadLiveAsync(cluster, cancellationToken), false);
    }

    /// <summary>Every node of the cluster read now (one login each), whatever the cache holds; not stored.</summary>
    public Task<ClusterFacts> ReadLiveAsync(ClusterOptions cluster, CancellationToken cancellationToken) => ReadLiveAsync(reader, time, cluster, cancellationToken);

    /// <summary>Every node of the cluster read now through <paramref name="reader"/> (a composition without a store).</summary>
    public static async Task<ClusterFacts> ReadLiveAsync(InventoryReader reader, TimeProvider time, ClusterOptions cluster, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(cluster);
        var readAt = time.GetUtcNow();
        var read = await reader.ReadAsync(cluster.Nodes.Select(n => new NodeRef(cluster.Name, n.Name, n.Product, n.Role)), null, cancellationToken);
        return new ClusterFacts(cluster.Name, readAt, [.. read.SelectMany(c => c.Nodes)]);
    }
}
