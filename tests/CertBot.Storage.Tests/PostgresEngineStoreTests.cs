using CertBot.Engine.Storage;
using CertBot.Storage.Postgres;
using Npgsql;

namespace CertBot.Storage.Tests;

/// <summary>
/// The store suite on a real PostgreSQL: a fresh database per test on the server scripts/test starts.
/// Without CERTBOT_TEST_POSTGRES every test here fails, saying how to get one; none is skipped.
/// </summary>
public sealed class PostgresEngineStoreTests : EngineStoreContract
{
    private const string Variable = "CERTBOT_TEST_POSTGRES";
    private readonly string database = "certbot_test_" + Guid.NewGuid().ToString("N");
    private bool created;

    private static string ServerConnection =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: the PostgreSQL store tests need a server. Run scripts/test, or as root: " +
                ". scripts/lib/postgres.sh && certbot_pg_up (it exports the variable), then dotnet test again.");

    protected override async Task<IEngineStore> CreateStoreAsync()
    {
        await using (var admin = new NpgsqlConnection(ServerConnection))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
            await create.ExecuteNonQueryAsync();
        }

        created = true;
        var store = new PostgresEngineStore(new NpgsqlConnectionStringBuilder(ServerConnection) { Database = database }.ConnectionString, TimeProvider.System);
        await store.MigrateAsync(default);
        return store;
    }

    public override async Task DisposeAsync()
    {
        if (!created)
        {
            return;
        }

        await ((PostgresEngineStore)Store).DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(ServerConnection);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Migrate_RecordsVersion1()
    {
        Assert.Equal([1], await ((PostgresEngineStore)Store).AppliedVersionsAsync(default));
    }

    [Fact]
    public async Task ConcurrentMigrations_ApplyEachVersionOnce()
    {
        var connection = new NpgsqlConnectionStringBuilder(ServerConnection) { Database = database }.ConnectionString;
        var stores = Enumerable.Range(0, 4).Select(_ => new PostgresEngineStore(connection, TimeProvider.System)).ToList();

        await Task.WhenAll(stores.Select(s => s.MigrateAsync(default)));

        Assert.Equal([1], await ((PostgresEngineStore)Store).AppliedVersionsAsync(default));
        foreach (var s in stores)
        {
            await s.DisposeAsync();
        }
    }

    [Fact]
    public async Task ConcurrentFirstMigrations_OnAnEmptyDatabase_ApplyEachVersionOnce()
    {
        var empty = "certbot_empty_" + Guid.NewGuid().ToString("N");
        await using (var admin = new NpgsqlConnection(ServerConnection))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {empty}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connection = new NpgsqlConnectionStringBuilder(ServerConnection) { Database = empty }.ConnectionString;
        var stores = Enumerable.Range(0, 4).Select(_ => new PostgresEngineStore(connection, TimeProvider.System)).ToList();
        try
        {
            await Task.WhenAll(stores.Select(s => s.MigrateAsync(default)));

            Assert.Equal([1], await stores[0].AppliedVersionsAsync(default));
        }
        finally
        {
            foreach (var s in stores)
            {
                await s.DisposeAsync();
            }

            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(ServerConnection);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {empty} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
