using CertBot.Engine.Configuration;
using CertBot.Engine.Execution;
using CertBot.Engine.Signals;
using CertBot.Engine.Storage;
using Microsoft.Extensions.Logging;

namespace CertBot.Engine.Inventory.Cache;

/// <summary>
/// Keeps every configured cluster's facts warm: each cluster is read again one <c>RefreshInterval</c> (jittered)
/// after its facts were read, by this instance or another one sharing the store, and at once when a run that
/// changed it ends. Clusters are read one after another, so a refresh never adds a login storm to a busy site.
/// </summary>
public sealed class FactsRefreshLoop(EngineOptions engine, FactsRefresher refresher, IFactsStore store, ClusterChanges changed, TimeProvider time, ILogger logger)
{
    /// <summary>How soon a cluster held by a run, or read by another instance, is looked at again.</summary>
    public static readonly TimeSpan BusyRetry = TimeSpan.FromMinutes(1);

    /// <summary>The longest wait between looks, so facts stored by another instance are noticed.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, DateTimeOffset> due = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Refreshes until <paramref name="stoppingToken"/> fires.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var armed = changed.Reported.Next;
            await PassAsync(stoppingToken);
            var next = due.Count == 0 ? MaxWait : due.Values.Min() - time.GetUtcNow();
            try
            {
                await WakeUp.WaitAsync(armed, next < TimeSpan.Zero ? TimeSpan.Zero : next > MaxWait ? MaxWait : next, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>One look: every cluster a run changed, then every cluster whose facts are due, each read once.</summary>
    public async Task PassAsync(CancellationToken cancellationToken)
    {
        var afterRuns = changed.Take().ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var cluster in engine.Clusters.Select(c => c.Name))
        {
            var now = time.GetUtcNow();
            if (!afterRuns.Contains(cluster) && !await DueAsync(cluster, now, cancellationToken))
            {
                continue;
            }

            try
            {
                var refresh = await refresher.RefreshAsync(cluster, cancellationToken);
                due[cluster] = refresh.Facts is { } facts ? facts.ReadAt + Jittered() : time.GetUtcNow() + BusyRetry;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                Log.FactsRefreshFailed(logger, e, cluster);
                due[cluster] = time.GetUtcNow() + Jittered();
            }
        }
    }

    /// <summary>Due when its facts (whoever read them) are older than the interval; the store is asked, not only this instance's schedule.</summary>
    private async Task<bool> DueAsync(string cluster, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (due.TryGetValue(cluster, out var at) && at > now)
        {
            return false;
        }

        if (await store.FactsOfAsync(cluster, cancellationToken) is { } stored && stored.ReadAt + Jittered() is var next && next > now)
        {
            due[cluster] = next;
            return false;
        }

        return true;
    }

    /// <summary>The interval moved by up to ±Jitter of itself.</summary>
    private TimeSpan Jittered()
    {
        var interval = refresher.Options.RefreshInterval;
#pragma warning disable CA5394 // Spreading refreshes needs no secure randomness.
        return interval + (interval * refresher.Options.Jitter * ((Random.Shared.NextDouble() * 2) - 1));
#pragma warning restore CA5394
    }
}
