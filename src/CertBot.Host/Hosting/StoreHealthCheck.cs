using CertBot.Engine.Runs;
using CertBot.Engine.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CertBot.Host.Hosting;

/// <summary><c>/healthz</c> is healthy only while the store answers: without it no run can move.</summary>
public sealed class StoreHealthCheck(IEngineStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var running = await store.ListAsync([RunState.Running], 100, cancellationToken);
            return HealthCheckResult.Healthy($"store answers; {running.Count} run(s) running");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("the store does not answer", e);
        }
    }
}
