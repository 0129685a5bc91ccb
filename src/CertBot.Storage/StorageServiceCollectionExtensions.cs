using CertBot.Chat.Storage;
using CertBot.Engine;
using CertBot.Engine.Configuration;
using CertBot.Engine.Execution;
using CertBot.Engine.Storage;
using CertBot.Storage.Chat;
using CertBot.Storage.Postgres;
using CertBot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CertBot.Storage;

/// <summary>Storage's one composition entry point, and the one place SQLite or PostgreSQL is chosen.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="StorageOptions"/> from <c>CertBot:Storage</c> (checked at start) and registers the engine's
    /// <see cref="IEngineStore"/> and the chat's <see cref="IChatStore"/> in the one database it names. Schemas are
    /// brought up to date by <see cref="IEngineStore.MigrateAsync"/> (the host before it serves, the command line
    /// when it opens the store); the chat tables on their first use.
    /// </summary>
    public static IServiceCollection AddCertBotStorage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddCertBotOptions();
        services.AddCheckedOptions<StorageOptions, StorageOptionsValidator>(StorageOptions.Section);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value);
        services.TryAddSingleton<IEngineStore>(sp => Choose<IEngineStore>(sp,
            connection => new PostgresEngineStore(connection, sp.GetRequiredService<TimeProvider>()),
            path => new SqliteEngineStore(path, sp.GetRequiredService<TimeProvider>())));
        services.TryAddSingleton<IChatStore>(sp => Choose<IChatStore>(sp,
            connection => new PostgresChatStore(connection, sp.GetRequiredService<TimeProvider>()),
            path => new SqliteChatStore(path, sp.GetRequiredService<TimeProvider>())));
        return services;
    }

    private static T Choose<T>(IServiceProvider services, Func<string, T> postgres, Func<string, T> sqlite)
    {
        var options = services.GetRequiredService<StorageOptions>();
        return options.Provider switch
        {
            // The start-up check already refused a start without the connection string; this names it again
            // for a composition that skipped the check.
            StorageProvider.Postgres => postgres(services.GetRequiredService<ISecretSource>().Find(options.PostgresConnectionVariable)
                ?? throw new InvalidOperationException($"CertBot:Storage:Provider is postgres but the environment variable {options.PostgresConnectionVariable} is not set: export the connection string there")),
            _ => sqlite(options.SqlitePath ?? SqliteEngineStore.DefaultPath),
        };
    }
}
