using System.Data.Common;
using CertBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace CertBot.Storage.Chat;

/// <summary>
/// The chat tables in a SQLite file, by default the engine's own file (one file to back up). Created readable
/// by its owner only: conversation references say where the bot may post.
/// </summary>
public sealed class SqliteChatStore : RelationalChatStore
{
    private readonly string connectionString;

    public SqliteChatStore(string path, TimeProvider time)
        : base(time)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = System.IO.Path.GetFullPath(path);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public static string DefaultPath => SqliteEngineStore.DefaultPath;

    public string Path { get; }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        CreateOwnerOnly();
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>BEGIN IMMEDIATE: two processes migrating the same file queue instead of failing half-way.</summary>
    protected override ValueTask<DbTransaction> BeginAsync(DbConnection connection, CancellationToken cancellationToken) =>
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
