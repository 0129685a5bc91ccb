using CertBot.Cisco.Configuration;
using CertBot.Cli.Commands;
using CertBot.Cli.Configuration;
using CertBot.Engine;
using CertBot.Engine.Configuration;
using CertBot.Engine.Storage;
using CertBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Cli.Composition;

/// <summary>
/// One command's engine: the configuration, the store (migrated on open; the default one's state directory made
/// first) and the engine over the node port,
/// composed by <see cref="CliServices.CreateEngine"/>. Disposing closes the store and every service.
/// </summary>
public sealed class CliEngine : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private CliEngine(ServiceProvider services)
    {
        this.services = services;
        Engine = services.GetRequiredService<CertBotEngine>();
        Options = services.GetRequiredService<EngineOptions>();
        Time = services.GetRequiredService<TimeProvider>();
    }

    public EngineOptions Options { get; }

    public IEngineStore Store => Engine.Store;

    public CertBotEngine Engine { get; }

    public TimeProvider Time { get; }

    /// <summary>What the command was composed from (the tests check it is the host's composition).</summary>
    public IServiceProvider Services => services;

    /// <param name="storePath">From <c>--store</c>: a SQLite file that wins over <c>CertBot:Storage</c>.</param>
    /// <exception cref="ConfigurationException">A file is missing or the configuration has problems (PostgreSQL chosen without its connection string, ...).</exception>
    public static async Task<CliEngine> OpenAsync(IReadOnlyList<FileInfo> config, FileInfo? storePath, bool verbose, CancellationToken cancellationToken)
    {
        var engine = new CliEngine(CliServices.CreateEngine(CliConfiguration.Build(config, storePath), verbose));
        try
        {
            var storage = engine.services.GetRequiredService<StorageOptions>();
            CliStateDirectory.EnsureFor(storage.Provider == StorageProvider.Sqlite ? storage.SqlitePath : null);
            await engine.Store.MigrateAsync(cancellationToken);
            return engine;
        }
        catch
        {
            await engine.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
