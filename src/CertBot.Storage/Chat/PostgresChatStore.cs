using System.Data.Common;
using Npgsql;

namespace CertBot.Storage.Chat;

/// <summary>The chat tables in PostgreSQL, for several instances sharing one database.</summary>
public sealed class PostgresChatStore : RelationalChatStore, IAsyncDisposable
{
    /// <summary>Any fixed number, other than the engine's: it names the chat migration lock within the database.</summary>
    private const long MigrationLock = 0x43657274436861;

    private readonly NpgsqlDataSource dataSource;

    public PostgresChatStore(string connectionString, TimeProvider time)
        : base(time)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        dataSource = NpgsqlDataSource.Create(connectionString);
    }

    protected override IReadOnlyList<string> BeforeMigration { get; } = [$"SELECT pg_advisory_xact_lock({MigrationLock})"];

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
