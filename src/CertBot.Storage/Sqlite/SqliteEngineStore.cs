using System.Data.Common;
using CertBot.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace CertBot.Storage.Sqlite;

/// <summary>
/// The default store: one SQLite file, by default next to the application. Write-ahead logging lets the
/// chat fronts read while the runner writes; the file is created readable by its owner only, since the
/// journal tells who approved what on which cluster.
/// </summary>
public sealed class SqliteEngineStore : RelationalEngineStore
{
    public const string DefaultFileName = "certbot.db";

    private readonly string connectionString;

    public SqliteEngineStore(string path, TimeProvider time)
        : base(new SqliteDialect(), time)
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
    }

    /// <summary><c>certbot.db</c> next to the application.</summary>
    public static string DefaultPath => System.IO.Path.Combine(AppContext.BaseDirectory, DefaultFileName);

    public string Path { get; }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        CreateOwnerOnly();
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>BEGIN IMMEDIATE: the write lock is taken at the start, so a transaction never fails half-way on a busy file.</summary>
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
