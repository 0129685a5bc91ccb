using CertBot.Engine.Inventory.Cache;

namespace CertBot.Engine.Storage;

/// <summary>The facts cache in memory: the last facts of each cluster and who refreshes it.</summary>
public sealed partial class InMemoryEngineStore
{
    private readonly Dictionary<string, ClusterFacts> facts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Owner, DateTimeOffset Until)> refreshes = new(StringComparer.Ordinal);

    public Task SaveFactsAsync(ClusterFacts facts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facts);
        lock (gate)
        {
            if (!this.facts.TryGetValue(facts.Cluster, out var held) || held.ReadAt <= facts.ReadAt)
            {
                this.facts[facts.Cluster] = facts;
            }
        }

        return Task.CompletedTask;
    }

    public Task<ClusterFacts?> FactsOfAsync(string cluster, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(facts.GetValueOrDefault(cluster));
        }
    }

    public Task<bool> TryClaimRefreshAsync(string cluster, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (refreshes.TryGetValue(cluster, out var held) && held.Owner != owner && held.Until > now)
            {
                return Task.FromResult(false);
            }

            refreshes[cluster] = (owner, until);
            return Task.FromResult(true);
        }
    }

    public Task ReleaseRefreshAsync(string cluster, string owner, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (refreshes.TryGetValue(cluster, out var held) && held.Owner == owner)
            {
                refreshes.Remove(cluster);
            }
        }

        return Task.CompletedTask;
    }
}
