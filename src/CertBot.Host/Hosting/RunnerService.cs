using CertBot.Engine.Execution;
namespace CertBot.Host.Hosting;

/// <summary>
/// The engine's runner as a background service: recovery of runs interrupted by the last stop, then the work
/// loop until the host stops. A step in flight at stop is found Interrupted on the next start, so stopping
/// never waits for a node.
/// </summary>
public sealed class RunnerService(Runner runner, TimeSpan pollInterval, ILogger<RunnerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Yield first: the host goes on starting (Kestrel) while the runner recovers.
        await Task.Yield();
        Log.RunnerStarted(logger, pollInterval);
        await runner.RunAsync(pollInterval, stoppingToken);
        Log.RunnerStopped(logger);
    }
}
