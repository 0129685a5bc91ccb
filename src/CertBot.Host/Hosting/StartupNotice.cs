using CertBot.Host.Composition;
using CertBot.Teams;
using CertBot.Storage;
using CertBot.Storage.Sqlite;

namespace CertBot.Host.Hosting;

/// <summary>Says once at start where runs are kept and whether Teams authentication is off (local mode).</summary>
public sealed class StartupNotice(StorageOptions storage, IConfiguration configuration, ILogger<StartupNotice> logger) : IHostedService
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

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
