using CertBot.Storage.Relational;

namespace CertBot.Storage.Chat;

/// <summary>Forward-only migrations of the chat tables, recorded in <c>chat_schema_version</c> (<see cref="SchemaMigrator"/>).</summary>
public abstract partial class RelationalChatStore
{
    /// <summary>The chat schema version this code writes.</summary>
    public static int LatestVersion => ChatSchema.LatestVersion;

    private SchemaMigrator Migrator => new("chat_schema_version", "the chat tables are", ChatSchema.Migrations, BeforeMigration);

    /// <exception cref="InvalidOperationException">The database's chat tables are newer than this code.</exception>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        // Concurrent first uses may both get here: the migration transaction lets only one apply each version,
        // the other then finds it applied.
        if (migrated)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginAsync(connection, cancellationToken);
        await Migrator.MigrateAsync(connection, transaction, time.GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        migrated = true;
    }

    /// <summary>The applied chat schema versions, oldest first.</summary>
    public async Task<IReadOnlyList<int>> AppliedVersionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await Migrator.AppliedVersionsAsync(connection, cancellationToken);
    }

    /// <summary>Begins the migration transaction (SQLite takes the write lock at once).</summary>
    protected virtual ValueTask<System.Data.Common.DbTransaction> BeginAsync(System.Data.Common.DbConnection connection, CancellationToken cancellationToken) =>
        connection.BeginTransactionAsync(cancellationToken);
}
