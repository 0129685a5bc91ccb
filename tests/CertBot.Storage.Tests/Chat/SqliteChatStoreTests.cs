using CertBot.Chat.Storage;
using CertBot.Storage.Chat;
using CertBot.Storage.Sqlite;

namespace CertBot.Storage.Tests.Chat;

/// <summary>The chat store suite on a real SQLite file, shared with the engine's tables as the host does.</summary>
public sealed class SqliteChatStoreTests : ChatStoreContract
{
    private readonly string directory = Directory.CreateTempSubdirectory("certbot-chat-store-").FullName;

    private string DatabasePath => Path.Combine(directory, "certbot.db");

    protected override async Task<IChatStore> CreateStoreAsync()
    {
        await new SqliteEngineStore(DatabasePath, TimeProvider.System).MigrateAsync(default);
        return new SqliteChatStore(DatabasePath, TimeProvider.System);
    }

    public override Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task FirstUse_CreatesTheChatTablesBesideTheEngines_OwnerOnly()
    {
        var store = (SqliteChatStore)Store;
        await store.TryMarkProcessedAsync("x", DateTimeOffset.UnixEpoch, default);

        Assert.Equal([1, 2, 3], await store.AppliedVersionsAsync(default));
        Assert.Equal([1, 2, 3, 4, 5, 6], await new SqliteEngineStore(DatabasePath, TimeProvider.System).AppliedVersionsAsync(default));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(DatabasePath));
        }
    }

    [Fact]
    public async Task ADatabaseWithoutVersion2_GetsIt_AndKeepsItsRows()
    {
        // A database that met the watch channels (3) before the contacts (2) were written: version 2 is applied then.
        var runId = Guid.NewGuid();
        await Store.SaveMessageAsync(new ChatRunMessage(runId, "gate:x", "m1", DateTimeOffset.UnixEpoch), default);
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DROP TABLE chat_contacts; ALTER TABLE chat_messages DROP COLUMN platform; ALTER TABLE chat_messages DROP COLUMN conversation_key; "
                + "ALTER TABLE chat_messages DROP COLUMN reference; DELETE FROM chat_schema_version WHERE version = 2";
            await command.ExecuteNonQueryAsync();
        }

        var upgraded = new SqliteChatStore(DatabasePath, TimeProvider.System);
        await upgraded.MigrateAsync(default);

        Assert.Equal([1, 2, 3], await upgraded.AppliedVersionsAsync(default));
        Assert.Equal("m1", Assert.Single(await upgraded.MessagesOfAsync(runId, default)).MessageId);
        Assert.False(await upgraded.SaveContactAsync(new ChatContact("aad:alan", "teams", "29:alan", null, DateTimeOffset.UnixEpoch), default));
    }

    [Fact]
    public async Task Restart_KeepsWhatWasStored()
    {
        await Store.TryMarkProcessedAsync("before-restart", DateTimeOffset.UnixEpoch, default);

        var reopened = new SqliteChatStore(DatabasePath, TimeProvider.System);

        Assert.False(await reopened.TryMarkProcessedAsync("before-restart", DateTimeOffset.UnixEpoch, default));
    }
}
