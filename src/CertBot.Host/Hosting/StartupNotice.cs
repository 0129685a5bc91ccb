using CertBot.Host.Composition;
using CertBot.Teams;
using CertBot.Storage;
using CertBot.Storage.Sqlite;

namespace CertBot.Host.Hosting;

/// <summary>Says once at start where runs are kept and whether Teams authentication is off (local mode).</summary>
public sealed class StartupNotice(HostSettings settings, IConfiguration configuration, ILogger<StartupNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Log.StoreChosen(logger, settings.Storage.Provider == StorageProvider.Postgres
            ? $"PostgreSQL (connection string from {settings.Storage.PostgresConnectionVariable})"
            : $"SQLite {settings.Storage.SqlitePath ?? SqliteEngineStore.DefaultPath}");
        if (string.IsNullOrWhiteSpace(configuration[$"{TeamsServiceCollectionExtensions.Section}:AppId"]))
        {
            Log.LocalMode(logger, string.Join(", ", settings.ListenUrls));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
