using CertBot.Engine.Configuration;
using CertBot.Engine.Execution;
using CertBot.Engine.Planning.Facts;
using CertBot.Engine.Runs;
using CertBot.Engine.Storage;
using Microsoft.Extensions.Logging;

namespace CertBot.Engine.Inventory.Cache;

/// <summary>
/// The one writer of the facts cache: reads a cluster's facts (<see cref="InventoryReader.ReadFactsAsync"/>, one
/// login per node through the node port, so never more sessions per node than the port's cap) and stores them
/// with their time. Never competes with a run: while a run holds the cluster's lock nothing is read (the run's
/// own re-check reads live, and its end asks for a refresh). With several instances on one store, the refresh
/// lease lets one of them read a cluster at a time.
/// </summary>
public sealed class FactsRefresher(EngineOptions engine, FactsOptions options, IEngineStore store, InventoryReader reader, TimeProvider time, ILogger logger)
{
    /// <summary>This instance's name on refresh leases.</summary>
    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    public FactsOptions Options => options;

    /// <summary>Reads <paramref name="cluster"/> now, unless a run holds it or another instance is reading it.</summary>
    /// <exception cref="ArgumentException">No such cluster is configured.</exception>
    public async Task<FactsRefresh> RefreshAsync(string cluster, CancellationToken cancellationToken)
    {
        var configured = engine.FindCluster(cluster) ?? throw new ArgumentException($"no cluster named '{cluster}' is configured", nameof(cluster));
        if (await store.LockHolderAsync(configured.Name, cancellationToken) is { } run)
        {
            return Skipped(configured.Name, $"run {RunIds.ShortId(run)} holds {configured.Name}; its facts are read again when it ends");
        }

        var started = time.GetTimestamp();
        var now = time.GetUtcNow();
        if (!await store.TryClaimRefreshAsync(configured.Name, Owner, now, now + options.LeaseTime, cancellationToken))
        {
            return Skipped(configured.Name, $"another instance is reading {configured.Name} now");
        }

        try
        {
            var facts = await reader.ReadFactsAsync(new ClusterNodes(configured), cancellationToken);
            await store.SaveFactsAsync(facts, cancellationToken);
            Log.FactsRefreshed(logger, facts.Cluster, facts.Nodes.Count, facts.Nodes.Count(n => n.Error is not null), time.GetElapsedTime(started));
            return FactsRefresh.Read(facts);
        }
        finally
        {
            await store.ReleaseRefreshAsync(configured.Name, Owner, CancellationToken.None);
        }
    }

    private FactsRefresh Skipped(string cluster, string why)
    {
        Log.FactsSkipped(logger, cluster, why);
        return FactsRefresh.Skip(why);
    }
}
