namespace CertBot.Engine.Inventory.Cache;

/// <summary>
/// The facts cache as its readers see it (<c>certs</c>, plans, the expiry watch): the last facts read of a
/// cluster and their time, from the engine store, so every instance and a restarted one read the same.
/// Reading never logs in to a node; <see cref="FactsRefresher"/> is the one writer.
/// </summary>
public interface IFactsCache
{
    /// <summary>The cluster's last facts with the time they were read, or null when they were never read (a cold cache).</summary>
    /// <param name="cluster">The configured cluster's name, as in <c>CertBot:Clusters</c>.</param>
    Task<ClusterFacts?> GetAsync(string cluster, CancellationToken cancellationToken);

    /// <summary>
    /// The cluster's facts when every node was read completely no longer than <c>CertBot:Facts:MaxAge</c> ago;
    /// null otherwise, and the caller reads live.
    /// </summary>
    Task<ClusterFacts?> GetFreshAsync(string cluster, CancellationToken cancellationToken);
}
