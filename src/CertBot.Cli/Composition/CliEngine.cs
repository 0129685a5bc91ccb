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
/// One command's engine: the configuration, the store (migrated on open) and the engine over the node port.
/// Disposing closes the store and every service.
/// </summary>
public sealed class CliEngine : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private CliEngine(CliSettings settings, IEngineStore store, ServiceProvider services)
    {
        Settings = settings;
        Store = store;
        this.services = services;
        Engine = services.GetRequiredService<CertBotEngine>();
        Time = services.GetRequiredService<TimeProvider>();
    }

    public CliSettings Settings { get; }

    public EngineOptions Options => Settings.Engine;

    public IEngineStore Store { get; }

    public CertBotEngine Engine { get; }

    public TimeProvider Time { get; }

    /// <param name="storePath">From <c>--store</c>: a SQLite file that wins over <c>CertBot:Storage</c>.</param>
    /// <exception cref="ConfigurationException">PostgreSQL is chosen but its connection string variable is not set.</exception>
    public static async Task<CliEngine> OpenAsync(CliSettings settings, FileInfo? storePath, bool verbose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var storage = storePath is null ? settings.Storage : settings.Storage with { Provider = StorageProvider.Sqlite, SqlitePath = storePath.FullName };
        if (storage.Provider == StorageProvider.Postgres && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(storage.PostgresConnectionVariable)))
        {
            throw new ConfigurationException($"CertBot:Storage:Provider is postgres but {storage.PostgresConnectionVariable} is not set: export the connection string there, or pass --store <file> for SQLite");
        }

        var store = await EngineStores.OpenAsync(storage, TimeProvider.System, Environment.GetEnvironmentVariable, cancellationToken);
        return new CliEngine(settings, store, CliServices.Create(settings, store, verbose));
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        if (Store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }
}
