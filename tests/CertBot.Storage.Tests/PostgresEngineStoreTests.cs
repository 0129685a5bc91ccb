using CertBot.Engine.Storage;
using CertBot.Storage.Postgres;

namespace CertBot.Storage.Tests;

/// <summary>
/// The store suite on a real PostgreSQL: a fresh database per test on the server scripts/test starts.
/// Without CERTBOT_TEST_POSTGRES every test here fails, saying how to get one; none is skipped.
/// </summary>
public sealed class PostgresEngineStoreTests : EngineStoreContract
{
    private PostgresTestDatabase? database;

    protected override async Task<IEngineStore> CreateStoreAsync()
    {
        database = await PostgresTestDatabase.CreateAsync("certbot_test_");
        var store = new PostgresEngineStore(database.Connection, TimeProvider.System);
        await store.MigrateAsync(default);
        return store;
    }

    public override async Task DisposeAsync()
    {
        if (database is null)
        {
            return;
        }

        await ((PostgresEngineStore)Store).DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Migrate_RecordsEveryVersion()
    {
        Assert.Equal([1, 2, 3, 4, 5, 6], await ((PostgresEngineStore)Store).AppliedVersionsAsync(default));
    }

    [Fact]
    public async Task Migrate_FromVersion5_KeepsTheJournal_AndAddsTheChangesOfEachStep() =>
        await JournalEvidence.MigrateFromVersion5Async(Store, s => ((PostgresEngineStore)s).MigrateAsync(default), async sql =>
        {
            await using var connection = new Npgsql.NpgsqlConnection(database!.Connection);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        });

    [Fact]
    public async Task AdmitWorker_AdmitsSeveralInstances_OnOneDatabase()
    {
        await using var other = new PostgresEngineStore(database!.Connection, TimeProvider.System);

        await using var first = await Store.AdmitWorkerAsync(default);
        await using var second = await other.AdmitWorkerAsync(default);

        Assert.NotNull(second);
    }

    [Fact]
    public async Task ConcurrentMigrations_ApplyEachVersionOnce()
    {
        var stores = Enumerable.Range(0, 4).Select(_ => new PostgresEngineStore(database!.Connection, TimeProvider.System)).ToList();

        await Task.WhenAll(stores.Select(s => s.MigrateAsync(default)));

        Assert.Equal([1, 2, 3, 4, 5, 6], await ((PostgresEngineStore)Store).AppliedVersionsAsync(default));
        foreach (var s in stores)
        {
            await s.DisposeAsync();
        }
    }

    [Fact]
    public async Task ConcurrentFirstMigrations_OnAnEmptyDatabase_ApplyEachVersionOnce()
    {
        await using var empty = await PostgresTestDatabase.CreateAsync("certbot_empty_");
        var stores = Enumerable.Range(0, 4).Select(_ => new PostgresEngineStore(empty.Connection, TimeProvider.System)).ToList();
        try
        {
            await Task.WhenAll(stores.Select(s => s.MigrateAsync(default)));

            Assert.Equal([1, 2, 3, 4, 5, 6], await stores[0].AppliedVersionsAsync(default));
        }
        finally
        {
            foreach (var s in stores)
            {
                await s.DisposeAsync();
            }
        }
    }
}
