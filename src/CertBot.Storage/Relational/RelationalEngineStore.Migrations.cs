using CertBot.Engine.Storage;

namespace CertBot.Storage.Relational;

/// <summary>Forward-only schema migrations of the engine's tables, recorded in <c>schema_version</c> (<see cref="SchemaMigrator"/>).</summary>
public abstract partial class RelationalEngineStore
{
    private SchemaMigrator Migrator => new("schema_version", "the database schema is", dialect.Migrations, dialect.BeforeMigration);

    /// <summary>The schema version this code writes.</summary>
    public int LatestVersion => Migrator.LatestVersion;

    /// <exception cref="InvalidOperationException">The database is newer than this code: an older CertBot must not write to it.</exception>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginAsync(connection, cancellationToken);
        await Migrator.MigrateAsync(connection, transaction, time.GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A database server coordinates its instances through leases, claims and locks: any number.</summary>
    public virtual Task<IAsyncDisposable> AdmitWorkerAsync(CancellationToken cancellationToken) => Task.FromResult(WorkerAdmission.Unlimited);

    /// <summary>The applied schema versions, oldest first.</summary>
    public async Task<IReadOnlyList<int>> AppliedVersionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await Migrator.AppliedVersionsAsync(connection, cancellationToken);
    }
}
