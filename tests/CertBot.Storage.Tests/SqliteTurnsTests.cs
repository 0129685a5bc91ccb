using CertBot.Chat.Storage;
using CertBot.Storage.Chat;
using CertBot.Storage.Sqlite;

namespace CertBot.Storage.Tests;

/// <summary>
/// The connections of one process to a SQLite file take turns (<see cref="SqliteTurns"/>): a store operation that
/// finds the file in use waits without holding a thread, instead of sleeping in Microsoft.Data.Sqlite's busy retry.
/// </summary>
public sealed class SqliteTurnsTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);

    private readonly string directory = Directory.CreateTempSubdirectory("certbot-sqlite-turns-").FullName;

    private string DatabasePath => Path.Combine(directory, "certbot.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task StoreOperations_WhileTheFileIsInUse_WaitWithoutAThread_AndAllRunWhenItsTurnEnds()
    {
        var engine = new SqliteEngineStore(DatabasePath, TimeProvider.System);
        await engine.MigrateAsync(default);
        var chat = new SqliteChatStore(DatabasePath, TimeProvider.System);
        await chat.MigrateAsync(default);
        var held = await new SqliteFile(DatabasePath, foreignKeys: false).OpenAsync(default);

        // Called on one thread: had any of them blocked it (a busy retry, a synchronous wait), the calls would not return.
        var started = Task.Run(() => (
            Marks: Enumerable.Range(0, 64).Select(i => chat.TryMarkProcessedAsync($"teams:m{i}", Now, default)).ToList(),
            Contact: chat.SaveContactAsync(new ChatContact("aad:alan", "teams", "29:alan", null, Now), default),
            Versions: engine.AppliedVersionsAsync(default)));
        var (marks, contact, versions) = await started.WaitAsync(Patience);
        await Task.Delay(200);

        Assert.DoesNotContain(marks, m => m.IsCompleted);
        Assert.False(contact.IsCompleted);
        Assert.False(versions.IsCompleted);
        await held.DisposeAsync();
        Assert.All(await Task.WhenAll(marks).WaitAsync(Patience), Assert.True);
        Assert.False(await contact.WaitAsync(Patience));
        Assert.Equal([1, 2, 3, 4, 5, 6], await versions.WaitAsync(Patience));
    }

    [Fact]
    public async Task AConnectionDisposedTwice_EndsOneTurnOnly()
    {
        var file = new SqliteFile(DatabasePath, foreignKeys: false);
        var first = await file.OpenAsync(default);
        first.Dispose();
        first.Dispose();

        await using var second = await file.OpenAsync(default).WaitAsync(Patience);
        var third = file.OpenAsync(default);
        await Task.Delay(200);

        Assert.False(third.IsCompleted);
        await second.DisposeAsync();
        await using var opened = await third.WaitAsync(Patience);
    }

    [Fact]
    public async Task AConnectionThatFailsToOpen_GivesItsTurnBack()
    {
        // A directory where the database file should be: the file cannot be opened.
        Directory.CreateDirectory(DatabasePath);
        var file = new SqliteFile(DatabasePath, foreignKeys: false);

        var first = await Record.ExceptionAsync(() => file.OpenAsync(default));
        var second = await Record.ExceptionAsync(() => file.OpenAsync(default).WaitAsync(Patience));

        Assert.NotNull(first);
        Assert.IsNotType<TimeoutException>(second);
        Assert.Equal(first.GetType(), second!.GetType());
    }
}
