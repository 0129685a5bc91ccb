using CertBot.Engine.Storage;
using CertBot.Host.Hosting;
using CertBot.Storage;
using CertBot.Storage.Chat;
using CertBot.Storage.Postgres;
using CertBot.Storage.Sqlite;

namespace CertBot.Host.Composition;

/// <summary>
/// The store composition: the engine's store and the chat store, in one database. CertBot.Storage offers
/// <see cref="EngineStores.OpenAsync"/> (build and migrate at once) and <c>AddCertBotChatStorage</c> but no
/// registration of the engine store, so the host registers it here and migrates it in a hosted service that
/// finishes before the runner and the endpoints start.
/// </summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddCertBotStorage(this IServiceCollection services, StorageOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddCertBotChatStorage(configuration);
        services.AddSingleton<IEngineStore>(sp => options.Provider switch
        {
            // HostSettingsReader already refused a start without the connection string.
            StorageProvider.Postgres => new PostgresEngineStore(Environment.GetEnvironmentVariable(options.PostgresConnectionVariable)!, sp.GetRequiredService<TimeProvider>()),
            _ => new SqliteEngineStore(options.SqlitePath ?? SqliteEngineStore.DefaultPath, sp.GetRequiredService<TimeProvider>()),
        });
        services.AddHostedService<StoreMigrationService>();
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        return services;
    }
}
