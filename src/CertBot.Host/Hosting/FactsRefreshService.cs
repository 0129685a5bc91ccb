using CertBot.Engine.Configuration;
using CertBot.Engine.Inventory.Cache;

namespace CertBot.Host.Hosting;

/// <summary>
/// The facts refresher as a background service: keeps every cluster's facts warm (interval, after each run that
/// changed a cluster) until the host stops; off with <c>CertBot:Facts:Refresh</c> false. A refresh in flight at
/// stop is abandoned: its lease runs out and the facts stored before stay.
/// </summary>
public sealed class FactsRefreshService(FactsRefreshLoop loop, FactsOptions options, ILogger<FactsRefreshService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Refresh)
        {
            Log.FactsRefreshOff(logger);
            return;
        }

        // Yield first: the host goes on starting while the first refresh logs in to the nodes.
        await Task.Yield();
        Log.FactsRefreshStarted(logger, options.RefreshInterval, options.MaxAge);
        await loop.RunAsync(stoppingToken);
    }
}
