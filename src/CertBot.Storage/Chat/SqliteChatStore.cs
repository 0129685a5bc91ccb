using System.Data.Common;
using CertBot.Storage.Sqlite;

namespace CertBot.Storage.Chat;

/// <summary>
/// The chat tables in a SQLite file, by default the engine's own file (one file to back up). Created readable
/// by its owner only: conversation references say where the bot may post.
/// </summary>
public sealed class SqliteChatStore : RelationalChatStore
{
    private readonly SqliteFile file;

    public SqliteChatStore(string path, TimeProvider time)
        : base(time)
    {
        file = new SqliteFile(path, foreignKeys: false);
    }

    public static string DefaultPath => SqliteEngineStore.DefaultPath;

    public string Path => file.Path;

    protected override Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => file.OpenAsync(cancellationToken);

    protected override ValueTask<DbTransaction> BeginAsync(DbConnection connection, CancellationToken cancellationToken) =>
        SqliteFile.BeginAsync(connection);
}
