using CertBot.Chat.Storage;
using CertBot.Storage.Chat;
using Npgsql;

namespace CertBot.Storage.Tests.Chat;

/// <summary>
/// The chat store suite on a real PostgreSQL: a fresh database per test on the server scripts/test starts.
/// Without CERTBOT_TEST_POSTGRES every test here fails, saying how to get one; none is skipped.
/// </summary>
public sealed class PostgresChatStoreTests : ChatStoreContract
{
    private const string Variable = "CERTBOT_TEST_POSTGRES";
    private readonly string database = "certbot_chat_test_" + Guid.NewGuid().ToString("N");
    private bool created;

    private static string ServerConnection =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: the PostgreSQL chat store tests need a server. Run scripts/test, or as root: " +
                ". scripts/lib/postgres.sh && certbot_pg_up (it exports the variable), then dotnet test again.");

    private string Connection => new NpgsqlConnectionStringBuilder(ServerConnection) { Database = database }.ConnectionString;

    protected override async Task<IChatStore> CreateStoreAsync()
    {
        await using (var admin = new NpgsqlConnection(ServerConnection))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
            await create.ExecuteNonQueryAsync();
        }

        created = true;
        return new PostgresChatStore(Connection, TimeProvider.System);
    }

    public override async Task DisposeAsync()
    {
        if (!created)
        {
            return;
        }

        await ((PostgresChatStore)Store).DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(ServerConnection);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task ConcurrentFirstUses_ApplyTheChatSchemaOnce()
    {
        var stores = Enumerable.Range(0, 4).Select(_ => new PostgresChatStore(Connection, TimeProvider.System)).ToList();

        await Task.WhenAll(stores.Select(s => s.MigrateAsync(default)));

        Assert.Equal([1], await stores[0].AppliedVersionsAsync(default));
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
    }
}
