using System.Data.Common;
using CertBot.Engine.Storage;
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

    /// <summary>
    /// One working instance per file: the first holds an exclusive lock on <c>&lt;file&gt;.worker-lock</c> until it
    /// stops (the system drops it when the process dies, even by kill -9); a second is refused.
    /// </summary>
    /// <exception cref="StoreInUseException">Another host or <c>certbot work</c> works on this file.</exception>
    public override Task<IAsyncDisposable> AdmitWorkerAsync(CancellationToken cancellationToken) =>
        Task.FromResult(SqliteWorkerLock.Take(file.Path));

    protected override Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => file.OpenAsync(cancellationToken);

    protected override ValueTask<DbTransaction> BeginAsync(DbConnection connection, CancellationToken cancellationToken) =>
        SqliteFile.BeginAsync(connection);
}
