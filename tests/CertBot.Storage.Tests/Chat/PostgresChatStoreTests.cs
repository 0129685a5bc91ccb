using CertBot.Chat.Storage;
using CertBot.Storage.Chat;

namespace CertBot.Storage.Tests.Chat;

/// <summary>
/// The chat store suite on a real PostgreSQL: a fresh database per test on the server scripts/test starts.
/// Without CERTBOT_TEST_POSTGRES every test here fails, saying how to get one; none is skipped.
/// </summary>
public sealed class PostgresChatStoreTests : ChatStoreContract
{
    private PostgresTestDatabase? database;

    private string Connection => database!.Connection;

    protected override async Task<IChatStore> CreateStoreAsync()
    {
        database = await PostgresTestDatabase.CreateAsync("certbot_chat_test_");
        return new PostgresChatStore(Connection, TimeProvider.System);
    }

    public override async Task DisposeAsync()
    {
        if (database is null)
        {
            return;
        }

        await ((PostgresChatStore)Store).DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task ConcurrentFirstUses_ApplyTheChatSchemaOnce()
    {
        var stores = Enumerable.Range(0, 4).Select(_ => new PostgresChatStore(Connection, TimeProvider.System)).ToList();

        await Task.WhenAll(stores.Select(s => s.MigrateAsync(default)));

        Assert.Equal([1, 2, 3], await stores[0].AppliedVersionsAsync(default));
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
    }
}
