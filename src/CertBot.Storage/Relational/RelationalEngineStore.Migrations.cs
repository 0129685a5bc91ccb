namespace CertBot.Storage.Relational;

/// <summary>Forward-only schema migrations, recorded in <c>schema_version</c>.</summary>
public abstract partial class RelationalEngineStore
{
    /// <summary>The schema version this code writes.</summary>
    public int LatestVersion => dialect.Migrations[^1].Version;

    /// <exception cref="InvalidOperationException">The database is newer than this code: an older CertBot must not write to it.</exception>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginAsync(connection, cancellationToken);
        foreach (var statement in dialect.BeforeMigration)
        {
            await Db.ExecuteAsync(connection, transaction, statement, cancellationToken);
        }

        // Created under the migration lock: two instances starting on an empty PostgreSQL database would
        // otherwise race on the catalogue and one would fail with a duplicate type.
        await Db.ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at BIGINT NOT NULL)", cancellationToken);

        var current = Convert.ToInt32(await Db.ScalarAsync(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version", cancellationToken),
            System.Globalization.CultureInfo.InvariantCulture);
        if (current > LatestVersion)
        {
            throw new InvalidOperationException($"the database schema is at version {current}, newer than this CertBot knows ({LatestVersion}): upgrade CertBot");
        }

        foreach (var migration in dialect.Migrations.Where(m => m.Version > current))
        {
            foreach (var statement in migration.Statements)
            {
                await Db.ExecuteAsync(connection, transaction, statement, cancellationToken);
            }

            await Db.ExecuteAsync(connection, transaction, "INSERT INTO schema_version (version, description, applied_at) VALUES (@v, @d, @at)", cancellationToken,
                ("@v", migration.Version), ("@d", migration.Description), ("@at", Db.Ticks(time.GetUtcNow())));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The applied schema versions, oldest first.</summary>
    public async Task<IReadOnlyList<int>> AppliedVersionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await Db.QueryAsync(connection, "SELECT version FROM schema_version ORDER BY version", r => (int)Db.Long(r, "version"), cancellationToken);
    }
}
