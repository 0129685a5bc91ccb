using CertBot.Engine;
using CertBot.Engine.Configuration;
using CertBot.Engine.Execution;
using CertBot.Engine.Nodes;
using CertBot.Engine.Planning;
using CertBot.Engine.Runs;
using CertBot.Engine.Storage;
using CertBot.Host.Hosting;

namespace CertBot.Host.Composition;

/// <summary>
/// The engine composition. CertBot.Engine depends on no DI library, so its registration lives here: one
/// <see cref="CertBotEngine"/> from the store, the node port and the options, its parts as services, and the
/// runner as a hosted service (recovery on start, then the work loop until the host stops).
/// </summary>
public static class EngineServiceCollectionExtensions
{
    public static IServiceCollection AddCertBotEngine(this IServiceCollection services, EngineOptions options, TimeSpan pollInterval)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.AddSingleton<ISecretSource>(sp => new ConfigurationSecretSource(sp.GetRequiredService<IConfiguration>(), Environment.GetEnvironmentVariable));
        services.AddSingleton(sp => new CertBotEngine(
            options,
            sp.GetRequiredService<IEngineStore>(),
            sp.GetRequiredService<INodePort>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>(),
            sp.GetRequiredService<ISecretSource>(),
            sp.GetService<IBulkDirectory>()));
        services.AddSingleton<RunService>(sp => sp.GetRequiredService<CertBotEngine>().Runs);
        services.AddSingleton<Planner>(sp => sp.GetRequiredService<CertBotEngine>().Planner);
        services.AddSingleton<Runner>(sp => sp.GetRequiredService<CertBotEngine>().Runner);
        services.AddHostedService(sp => new RunnerService(sp.GetRequiredService<Runner>(), pollInterval, sp.GetRequiredService<ILogger<RunnerService>>()));
        return services;
    }
}
