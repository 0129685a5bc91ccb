using CertBot.Storage.Relational;

namespace CertBot.Storage.Chat;

/// <summary>Forward-only migrations of the chat tables, recorded in <c>chat_schema_version</c>.</summary>
public abstract partial class RelationalChatStore
{
    /// <summary>The chat schema version this code writes.</summary>
    public static int LatestVersion => ChatSchema.LatestVersion;

    /// <exception cref="InvalidOperationException">The database's chat tables are newer than this code.</exception>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        // Concurrent first uses may both get here: the migration transaction (SQLite's write lock, PostgreSQL's
        // advisory lock) lets only one apply each version, the other then finds it applied.
        if (migrated)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginAsync(connection, cancellationToken);
        foreach (var statement in BeforeMigration)
        {
            await Db.ExecuteAsync(connection, transaction, statement, cancellationToken);
        }

        // Inside the locked transaction: on PostgreSQL two first uses creating the table at once collide otherwise.
        await Db.ExecuteAsync(connection, transaction,
            "CREATE TABLE IF NOT EXISTS chat_schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at BIGINT NOT NULL)", cancellationToken);

        var current = Convert.ToInt32(await Db.ScalarAsync(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM chat_schema_version", cancellationToken),
            System.Globalization.CultureInfo.InvariantCulture);
        if (current > LatestVersion)
        {
            throw new InvalidOperationException($"the chat tables are at version {current}, newer than this CertBot knows ({LatestVersion}): upgrade CertBot");
        }

        foreach (var migration in ChatSchema.Migrations.Where(m => m.Version > current))
        {
            foreach (var statement in migration.Statements)
            {
                await Db.ExecuteAsync(connection, transaction, statement, cancellationToken);
            }

            await Db.ExecuteAsync(connection, transaction, "INSERT INTO chat_schema_version (version, description, applied_at) VALUES (@v, @d, @at)", cancellationToken,
                ("@v", migration.Version), ("@d", migration.Description), ("@at", Db.Ticks(time.GetUtcNow())));
        }

        await transaction.CommitAsync(cancellationToken);
        migrated = true;
    }

    /// <summary>The applied chat schema versions, oldest first.</summary>
    public async Task<IReadOnlyList<int>> AppliedVersionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await Db.QueryAsync(connection, "SELECT version FROM chat_schema_version ORDER BY version", r => (int)Db.Long(r, "version"), cancellationToken);
    }

    /// <summary>Begins the migration transaction (SQLite takes the write lock at once).</summary>
    protected virtual ValueTask<System.Data.Common.DbTransaction> BeginAsync(System.Data.Common.DbConnection connection, CancellationToken cancellationToken) =>
        connection.BeginTransactionAsync(cancellationToken);
}
