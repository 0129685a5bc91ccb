using System.Data.Common;
using CertBot.Storage.Relational;

namespace CertBot.Storage.Sqlite;

/// <summary>
/// The default store: one SQLite file, by default next to the application, opened as <see cref="SqliteFile"/>
/// describes (owner-only, write-ahead log, immediate transactions).
/// </summary>
public sealed class SqliteEngineStore : RelationalEngineStore
{
    public const string DefaultFileName = "certbot.db";

    private readonly SqliteFile file;

    public SqliteEngineStore(string path, TimeProvider time)
        : base(new SqliteDialect(), time)
    {
        file = new SqliteFile(path, foreignKeys: true);
    }

    /// <summary><c>certbot.db</c> next to the application.</summary>
    public static string DefaultPath => System.IO.Path.Combine(AppContext.BaseDirectory, DefaultFileName);

    public string Path => file.Path;

    protected override Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => file.OpenAsync(cancellationToken);

    protected override ValueTask<DbTransaction> BeginAsync(DbConnection connection, CancellationToken cancellationToken) =>
        SqliteFile.BeginAsync(connection);
}
