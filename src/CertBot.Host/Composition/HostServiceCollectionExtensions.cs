using CertBot.Host.Hosting;

namespace CertBot.Host.Composition;

/// <summary>What the host itself adds: the system clock, the settings it read, the health endpoint.</summary>
public static class HostServiceCollectionExtensions
{
    public static IServiceCollection AddCertBotHost(this IServiceCollection services, HostSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(settings);
        services.AddHostedService<StartupNotice>();
        return services;
    }

    /// <summary><c>GET /healthz</c>: 200 "Healthy" while the store answers, 503 otherwise.</summary>
    public static IEndpointRouteBuilder MapCertBotHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz");
        return endpoints;
    }
}
