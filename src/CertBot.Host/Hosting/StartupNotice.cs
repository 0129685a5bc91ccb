using CertBot.Engine.Configuration;
using CertBot.Host.Composition;
using CertBot.Teams;
using CertBot.Storage;
using CertBot.Storage.Sqlite;

namespace CertBot.Host.Hosting;

/// <summary>Says once at start where runs are kept, whether Teams authentication is off (local mode), and which clusters are read-only.</summary>
public sealed class StartupNotice(StorageOptions storage, EngineOptions engine, IConfiguration configuration, ILogger<StartupNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Log.StoreChosen(logger, storage.Provider == StorageProvider.Postgres
            ? $"PostgreSQL (connection string from {storage.PostgresConnectionVariable})"
            : $"SQLite {storage.SqlitePath ?? SqliteEngineStore.DefaultPath}");
        if (string.IsNullOrWhiteSpace(configuration[$"{TeamsServiceCollectionExtensions.Section}:AppId"]))
        {
            Log.LocalMode(logger, string.Join(", ", ListenUrls.From(configuration)));
        }

        foreach (var warning in EngineOptionsValidator.Warnings(engine))
        {
            Log.ConfigurationWarning(logger, warning);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
