using CertBot.Engine.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CertBot.Chat.Watch;

/// <summary>
/// The expiry watch as a hosted service: every <see cref="WatchOptions.Interval"/> it looks at each watched cluster
/// (<see cref="ExpiryAnnouncer"/>), sooner when a cluster's quiet hours end before that. A cluster that cannot be
/// read is tried again on the next look; the others go on.
/// </summary>
public sealed class ExpiryWatchService(
    WatchOptions options,
    EngineOptions engine,
    WatchChannels channels,
    ExpiryAnnouncer announcer,
    TimeProvider time,
    ILogger<ExpiryWatchService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Yield first: the host goes on starting (Kestrel) while the first look reads the clusters.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.Interval;
            try
            {
                var watched = await channels.WatchedClustersAsync(stoppingToken);
                foreach (var cluster in engine.Clusters.Where(c => watched.Contains(c.Name)))
                {
                    try
                    {
                        if (await announcer.LookAsync(cluster, stoppingToken) is { } quietEnds && quietEnds - time.GetUtcNow() < wait)
                        {
                            wait = quietEnds - time.GetUtcNow() + TimeSpan.FromSeconds(1);
                        }
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        Log.WatchFailed(logger, cluster.Name, e);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The chat store is out: the next look tries again.
                Log.WatchFailed(logger, "(all)", e);
            }

            try
            {
                await Task.Delay(wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
