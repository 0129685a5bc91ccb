using CertBot.Engine.Configuration;
using CertBot.Engine.Execution;
using CertBot.Host.Hosting;
using Microsoft.Extensions.Options;

namespace CertBot.Host.Composition;

/// <summary>What the host itself adds: the clock, its hosted services, the health endpoint.</summary>
public static class HostServiceCollectionExtensions
{
    /// <summary>
    /// The start notice, the schema migration (a hosted service that finishes before the runner and the
    /// endpoints start: hosted services start in registration order, before Kestrel listens), the runner as a
    /// hosted service (recovery on start, then the work loop until the host stops), the facts refresher and the store's health check.
    /// </summary>
    public static IServiceCollection AddCertBotHost(this IServiceCollection services)
    {
        // The system clock, or in an end-to-end test the one it moves (allowed only in local mode: HostConfigurationChecks).
        services.AddSingleton(sp => TestingClock.From(sp.GetRequiredService<IConfiguration>()) ?? TimeProvider.System);
        services.AddHostedService<StartupNotice>();
        services.AddHostedService<StoreMigrationService>();
        services.AddHostedService(sp => new RunnerService(sp.GetRequiredService<Runner>(),
            sp.GetRequiredService<IOptions<RunnerOptions>>().Value.EffectivePollInterval, sp.GetRequiredService<ILogger<RunnerService>>()));
        services.AddHostedService(sp => new FactsRefreshService(sp.GetRequiredService<CertBot.Engine.Inventory.Cache.FactsRefreshLoop>(),
            sp.GetRequiredService<IOptions<FactsOptions>>().Value, sp.GetRequiredService<ILogger<FactsRefreshService>>()));
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        return services;
    }

    /// <summary><c>GET /healthz</c>: 200 "Healthy" while the store answers, 503 otherwise.</summary>
    public static IEndpointRouteBuilder MapCertBotHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz");
        return endpoints;
    }
}
