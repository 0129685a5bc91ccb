using System.Collections.Concurrent;
using System.Data.Common;

namespace CertBot.Storage.Sqlite;

/// <summary>
/// The connections of this process to one SQLite file take turns: a connection is handed out only when the
/// previous one on that file was disposed, and whoever waits for its turn waits asynchronously.
/// </summary>
/// <remarks>
/// Microsoft.Data.Sqlite answers a locked file (<c>SQLITE_BUSY</c>) by putting the calling thread to sleep for
/// 150 ms (<c>Thread.Sleep</c> in <c>SqliteDataReader.NextResult</c>) and trying again. With the chat's workers
/// writing at once (each message marks its inbound id and saves the sender's contact), several thread-pool
/// threads slept there together, and everything else waiting for the pool (the acknowledgement of
/// <c>/api/messages</c> among it) waited with them: about one acknowledgement in a hundred took 50–150 ms.
/// Taking turns here means SQLite's lock never meets a second writer of this process, and a waiting store
/// operation holds no thread. Reads take turns too: each operation is a few statements long, and a turn per
/// connection needs no knowledge of which statements write. Other processes on the file (the CLI) are still
/// arbitrated by SQLite's own locking.
/// </remarks>
internal static class SqliteTurns
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Files = new(StringComparer.Ordinal);

    /// <summary>
    /// Waits for the turn on <paramref name="path"/> (a full path), then opens a connection with
    /// <paramref name="open"/>; disposing that connection ends the turn. A connection that fails to open ends it too.
    /// </summary>
    public static async Task<DbConnection> OpenAsync(string path, Func<Task<DbConnection>> open, CancellationToken cancellationToken)
    {
        var turn = Files.GetOrAdd(path, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync(cancellationToken);
        var ended = 0;
        void End()
        {
            // Once only: a connection disposed twice must not hand out a second turn.
            if (Interlocked.Exchange(ref ended, 1) == 0)
            {
                turn.Release();
            }
        }

        try
        {
            var connection = await open();
            connection.Disposed += (_, _) => End();
            return connection;
        }
        catch
        {
            End();
            throw;
        }
    }
}
