using CertBot.Engine.Inventory.Cache;

namespace CertBot.Engine.Storage;

/// <summary>
/// The facts cache's rows: one per cluster, its last facts and the refresh lease. With several instances on one
/// store the lease makes one of them read a cluster at a time, as run leases make one of them work a run.
/// </summary>
public interface IFactsStore
{
    /// <summary>Keeps <paramref name="facts"/> unless the store already holds facts of that cluster read later.</summary>
    Task SaveFactsAsync(ClusterFacts facts, CancellationToken cancellationToken);

    /// <summary>The cluster's last saved facts, or null.</summary>
    Task<ClusterFacts?> FactsOfAsync(string cluster, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the refresh of <paramref name="cluster"/> for <paramref name="owner"/> until <paramref name="until"/> when
    /// nobody else holds a refresh lease still live at <paramref name="now"/> (the owner's own lease is extended).
    /// </summary>
    /// <returns>Whether <paramref name="owner"/> now holds the refresh lease.</returns>
    Task<bool> TryClaimRefreshAsync(string cluster, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Gives the refresh lease back if <paramref name="owner"/> still holds it.</summary>
    Task ReleaseRefreshAsync(string cluster, string owner, CancellationToken cancellationToken);
}
