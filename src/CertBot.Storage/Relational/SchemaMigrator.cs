using System.Data.Common;

namespace CertBot.Storage.Relational;

/// <summary>
/// The one forward-only migration runner, for the engine's tables and the chat's: each set is versioned in its
/// own table (<c>schema_version</c>, <c>chat_schema_version</c>) so the two move independently, under the same
/// rules. Everything happens in the caller's locked transaction (SQLite's write lock, PostgreSQL's advisory lock
/// taken by <paramref name="beforeMigration"/>), so two instances starting at once apply each version once.
/// </summary>
/// <param name="versionTable">Where the applied versions are recorded.</param>
/// <param name="what">The tables in the operator's words, for the refusal of a database newer than this code.</param>
/// <param name="beforeMigration">Statements run first inside the transaction (PostgreSQL: the advisory lock).</param>
internal sealed class SchemaMigrator(string versionTable, string what, IReadOnlyList<Migration> migrations, IReadOnlyList<string> beforeMigration)
{
    public int LatestVersion => migrations[^1].Version;

    /// <exception cref="InvalidOperationException">The tables are newer than this code: an older CertBot must not write to them.</exception>
    public async Task MigrateAsync(DbConnection connection, DbTransaction transaction, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var statement in beforeMigration)
        {
            await Db.ExecuteAsync(connection, transaction, statement, cancellationToken);
        }

        // Created under the migration lock: two instances starting on an empty PostgreSQL database would
        // otherwise race on the catalogue and one would fail with a duplicate type.
        await Db.ExecuteAsync(connection, transaction,
            $"CREATE TABLE IF NOT EXISTS {versionTable} (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at BIGINT NOT NULL)", cancellationToken);

        var applied = (await Db.QueryAsync(connection, transaction, $"SELECT version FROM {versionTable}", r => (int)Db.Long(r, "version"), cancellationToken)).ToHashSet();
        var current = applied.Count == 0 ? 0 : applied.Max();
        if (current > LatestVersion)
        {
            throw new InvalidOperationException($"{what} at version {current}, newer than this CertBot knows ({LatestVersion}): upgrade CertBot");
        }

        // Every version not yet recorded, not only those above the highest: version numbers are handed out ahead
        // of time to changes made side by side, so a database may have met a later one (5) before an earlier one
        // (4) existed; each version's tables are its own, so applying 4 after 5 is safe.
        foreach (var migration in migrations.Where(m => !applied.Contains(m.Version)))
        {
            foreach (var statement in migration.Statements)
            {
                await Db.ExecuteAsync(connection, transaction, statement, cancellationToken);
            }

            await Db.ExecuteAsync(connection, transaction, $"INSERT INTO {versionTable} (version, description, applied_at) VALUES (@v, @d, @at)", cancellationToken,
                ("@v", migration.Version), ("@d", migration.Description), ("@at", Db.Ticks(now)));
        }
    }

    /// <summary>The applied versions, oldest first.</summary>
    public async Task<IReadOnlyList<int>> AppliedVersionsAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await Db.QueryAsync(connection, $"SELECT version FROM {versionTable} ORDER BY version", r => (int)Db.Long(r, "version"), cancellationToken);
}
