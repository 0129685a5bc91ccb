using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace CertBot.Storage.Sqlite;

/// <summary>
/// One SQLite file as CertBot's stores open it: created readable by its owner only (the journal tells who
/// approved what, the chat tables where the bot may post), write-ahead logging so the fronts read while the
/// runner writes, transactions that take the write lock at their start, and one connection at a time in this
/// process (<see cref="SqliteTurns"/>).
/// </summary>
internal sealed class SqliteFile
{
    private readonly string connectionString;
    private readonly string pragmas;

    /// <param name="foreignKeys">Whether the schema relies on SQLite enforcing foreign keys.</param>
    public SqliteFile(string path, bool foreignKeys)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = System.IO.Path.GetFullPath(path);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Seconds a statement waits for another writer's lock before it fails.
            DefaultTimeout = 30,
        }.ToString();
        pragmas = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;" + (foreignKeys ? " PRAGMA foreign_keys = ON;" : "");
    }

    public string Path { get; }

    /// <summary>A connection ready for commands, once this process's previous one on the file was disposed.</summary>
    public Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => SqliteTurns.OpenAsync(Path, async () =>
    {
        CreateOwnerOnly();
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = pragmas;
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }, cancellationToken);

    /// <summary>BEGIN IMMEDIATE: a transaction never fails half-way on a busy file, and migrations queue.</summary>
    public static ValueTask<DbTransaction> BeginAsync(DbConnection connection) =>
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    private void CreateOwnerOnly()
    {
        if (File.Exists(Path))
        {
            return;
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var _ = new FileStream(Path, options);
    }
}
