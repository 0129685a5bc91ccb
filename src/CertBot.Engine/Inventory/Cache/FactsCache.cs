using CertBot.Engine.Configuration;
using CertBot.Engine.Storage;

namespace CertBot.Engine.Inventory.Cache;

/// <summary>The facts cache read from the engine store (<see cref="IFactsStore"/>); see <see cref="IFactsCache"/>.</summary>
public sealed class FactsCache(IFactsStore store, FactsOptions options, TimeProvider time) : IFactsCache
{
    public Task<ClusterFacts?> GetAsync(string cluster, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(cluster);
        return store.FactsOfAsync(cluster, cancellationToken);
    }

    public async Task<ClusterFacts?> GetFreshAsync(string cluster, CancellationToken cancellationToken) =>
        await GetAsync(cluster, cancellationToken) is { Complete: true } facts && facts.Age(time.GetUtcNow()) <= options.MaxAge ? facts : null;
}
