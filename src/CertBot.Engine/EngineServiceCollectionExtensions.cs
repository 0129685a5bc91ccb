using CertBot.Engine.Configuration;
using CertBot.Engine.Execution;
using CertBot.Engine.Inventory;
using CertBot.Engine.Inventory.Cache;
using CertBot.Engine.Nodes;
using CertBot.Engine.Planning;
using CertBot.Engine.Renewal.Authorities;
using CertBot.Engine.Runs;
using CertBot.Engine.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CertBot.Engine;

/// <summary>
/// The engine's one composition entry point, and the one place a <see cref="CertBotEngine"/> is built. It lives
/// in the engine (which may use the DI, options and logging abstractions, never an I/O library) so that the
/// host, the command line and every test harness compose the same engine; they differ only in the ports they
/// register: <see cref="IEngineStore"/> (storage), <see cref="INodePort"/> and <see cref="IBulkDirectory"/>
/// (the platform adapter). Needs an <see cref="IConfiguration"/> in the container.
/// </summary>
public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// The engine: its options (bound and checked at start), the engine built from its ports, its parts as
    /// services (<see cref="RunService"/>, <see cref="Runs.Decisions.RunDecider"/>, <see cref="Planner"/>, <see cref="Runner"/>). Driving the runner is
    /// the caller's: the host runs it as a hosted service, the command line in <c>certbot work</c>.
    /// </summary>
    public static IServiceCollection AddCertBotEngine(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddCertBotOptions();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EngineOptions>, EngineOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EngineOptions>, CertificateAuthorityValidator>());
        services.AddCheckedOptions<RunnerOptions>(RunnerOptions.Section);
        services.AddCheckedOptions<FactsOptions, FactsOptionsValidator>(FactsOptions.Section);
        services.TryAddSingleton(sp => new CertBotEngine(
            sp.GetRequiredService<EngineOptions>(),
            sp.GetRequiredService<IEngineStore>(),
            sp.GetRequiredService<INodePort>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance,
            sp.GetRequiredService<ISecretSource>(),
            sp.GetService<IBulkDirectory>(),
            sp.GetRequiredService<IOptions<FactsOptions>>().Value,
            sp.GetServices<ICertificateAuthority>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<CertBotEngine>().Runs);
        services.TryAddSingleton(sp => sp.GetRequiredService<CertBotEngine>().Decisions);
        services.TryAddSingleton(sp => sp.GetRequiredService<CertBotEngine>().Planner);
        services.TryAddSingleton(sp => sp.GetRequiredService<CertBotEngine>().Runner);
        services.TryAddSingleton(sp => sp.GetRequiredService<CertBotEngine>().People);
        services.TryAddSingleton(sp => sp.GetRequiredService<CertBotEngine>().Facts);
        // The refresher reads nodes through the platform adapter's InventoryReader (its concurrency is CertBot:Ssh's).
        services.TryAddSingleton(sp => new FactsRefresher(
            sp.GetRequiredService<EngineOptions>(),
            sp.GetRequiredService<IOptions<FactsOptions>>().Value,
            sp.GetRequiredService<CertBotEngine>().Store,
            sp.GetRequiredService<InventoryReader>(),
            sp.GetRequiredService<TimeProvider>(),
            (sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger<FactsRefresher>()));
        services.TryAddSingleton(sp => new FreshFacts(
            sp.GetRequiredService<IFactsCache>(), sp.GetRequiredService<InventoryReader>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new FactsRefreshLoop(
            sp.GetRequiredService<EngineOptions>(),
            sp.GetRequiredService<FactsRefresher>(),
            sp.GetRequiredService<CertBotEngine>().Store,
            sp.GetRequiredService<CertBotEngine>().Signals.Changed,
            sp.GetRequiredService<TimeProvider>(),
            (sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger<FactsRefreshLoop>()));
        return services;
    }

    /// <summary>
    /// The <c>CertBot</c> section as <see cref="EngineOptions"/> (bound once, values that cannot be read are named
    /// at start, never thrown at first use), the system clock and the one <see cref="ISecretSource"/>. Every
    /// project that reads the section (the engine, the platform adapter) calls this; it registers once.
    /// </summary>
    public static IServiceCollection AddCertBotOptions(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISecretSource>(sp => new ConfigurationSecretSource(sp.GetRequiredService<IConfiguration>(), Environment.GetEnvironmentVariable));
        if (services.Any(d => d.ServiceType == typeof(IConfigureOptions<EngineOptions>)))
        {
            return services;
        }

        services.AddCheckedOptions<EngineOptions, EngineSectionValidator>(EngineOptions.Section);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<EngineOptions>>().Value);
        return services;
    }
}
