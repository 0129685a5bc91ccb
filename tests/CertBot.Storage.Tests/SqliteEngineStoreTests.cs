using CertBot.Engine.Runs;
using CertBot.Engine.Storage;
using CertBot.Storage.Sqlite;

namespace CertBot.Storage.Tests;

/// <summary>The store suite on a real SQLite file in a temporary directory.</summary>
public sealed class SqliteEngineStoreTests : EngineStoreContract
{
    private readonly string directory = Directory.CreateTempSubdirectory("certbot-store-").FullName;

    private string DatabasePath => Path.Combine(directory, "certbot.db");

    protected override async Task<IEngineStore> CreateStoreAsync()
    {
        var store = new SqliteEngineStore(DatabasePath, TimeProvider.System);
        await store.MigrateAsync(default);
        return store;
    }

    public override Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task AdmitWorker_ASecondWorkerOnTheFile_IsRefused_UntilTheFirstStops()
    {
        var other = new SqliteEngineStore(DatabasePath, TimeProvider.System);
        var first = await Store.AdmitWorkerAsync(default);

        var refused = await Assert.ThrowsAsync<StoreInUseException>(() => other.AdmitWorkerAsync(default));
        await first.DisposeAsync();
        await using var second = await other.AdmitWorkerAsync(default);

        Assert.Contains($"already works on the SQLite store {DatabasePath}", refused.Message, StringComparison.Ordinal);
        Assert.Contains("SQLite admits one instance per file", refused.Message, StringComparison.Ordinal);
        Assert.Contains("PostgreSQL", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_RecordsEveryVersion()
    {
        var store = (SqliteEngineStore)Store;

        Assert.Equal([1, 2, 3, 4, 5, 6], await store.AppliedVersionsAsync(default));
        Assert.Equal(6, store.LatestVersion);
    }

    [Fact]
    public async Task Migrate_AppliesAVersionBelowTheHighest_ThatTheFileHasNotMet()
    {
        // Version numbers are handed out ahead of time: a file may have met 5 before 4 existed.
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var forget = connection.CreateCommand();
            forget.CommandText = "DROP TABLE outbox_claims; DELETE FROM schema_version WHERE version = 3";
            await forget.ExecuteNonQueryAsync();
        }

        await Store.MigrateAsync(default);

        Assert.Equal([1, 2, 3, 4, 5, 6], await ((SqliteEngineStore)Store).AppliedVersionsAsync(default));
        var run = await Store.CreateAsync(TestRuns.Create(TestRuns.Planned()), default);
        Assert.Equal(run.Id, Assert.Single(await Store.ClaimPendingAsync("i1", TestRuns.Now, TestRuns.Now.AddMinutes(1), 1, default)).RunId);
    }

    [Fact]
    public async Task Migrate_FromVersion5_KeepsTheJournal_AndAddsTheChangesOfEachStep() =>
        await JournalEvidence.MigrateFromVersion5Async(Store, s => ((SqliteEngineStore)s).MigrateAsync(default), async sql =>
        {
            await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath}");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        });

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task File_IsReadableByItsOwnerOnly()
    {
        var mode = File.GetUnixFileMode(DatabasePath);

        await Store.CreateAsync(TestRuns.Create(TestRuns.Planned()), default);
        // The write-ahead log exists while a connection is open (SQLite removes it with the last one), and
        // SQLite gives it the database file's mode. An open connection of the test's own keeps it there.
        await using var open = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath}");
        await open.OpenAsync();
        await using (var read = open.CreateCommand())
        {
            read.CommandText = "select count(*) from sqlite_master";
            await read.ExecuteScalarAsync();
        }

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
        Assert.True(File.Exists(DatabasePath + "-wal"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(DatabasePath + "-wal"));
    }

    [Fact]
    public async Task ReopenedFile_HoldsEverything_AsAfterARestart()
    {
        var run = await Store.CreateAsync(TestRuns.Create(TestRuns.Planned()), default);
        await Store.SaveFactsAsync(Facts("lab-east", TestRuns.Now), default);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var reopened = new SqliteEngineStore(DatabasePath, TimeProvider.System);
        await reopened.MigrateAsync(default);

        Assert.Equal(RunState.AwaitingApproval, (await reopened.GetAsync(run.Id, default))!.State);
        Assert.Single(await reopened.JournalOfAsync(run.Id, default));
        Assert.Equal(run.Id, await reopened.LockHolderAsync("lab-east", default));
        Assert.Equal(TestRuns.Now, (await reopened.FactsOfAsync("lab-east", default))!.ReadAt);
    }

    [Fact]
    public async Task NewerSchemaThanTheCode_IsRefused()
    {
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'future', 0)";
            await command.ExecuteNonQueryAsync();
        }

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => Store.MigrateAsync(default));

        Assert.Contains("newer than this CertBot knows", failure.Message, StringComparison.Ordinal);
    }
}
