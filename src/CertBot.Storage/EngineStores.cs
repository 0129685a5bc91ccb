using CertBot.Engine.Storage;
using CertBot.Storage.Postgres;
using CertBot.Storage.Sqlite;

namespace CertBot.Storage;

/// <summary>Builds the configured store and brings its schema up to date.</summary>
public static class EngineStores
{
    /// <param name="environment">Reads an environment variable (the PostgreSQL connection string).</param>
    /// <exception cref="InvalidOperationException">PostgreSQL is chosen but its connection string variable is not set.</exception>
    public static async Task<IEngineStore> OpenAsync(StorageOptions options, TimeProvider time, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        IEngineStore store = options.Provider switch
        {
            StorageProvider.Postgres => new PostgresEngineStore(
                environment(options.PostgresConnectionVariable)
                    ?? throw new InvalidOperationException($"CertBot:Storage:Provider is Postgres but {options.PostgresConnectionVariable} is not set: export the connection string there"),
                time),
            _ => new SqliteEngineStore(options.SqlitePath ?? SqliteEngineStore.DefaultPath, time),
        };
        await store.MigrateAsync(cancellationToken);
        return store;
    }
}
