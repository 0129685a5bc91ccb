namespace CertBot.Engine.Storage;

/// <summary>Everything the engine persists, in one store so an update can span all of it in one transaction.</summary>
public interface IEngineStore : IRunStore, IGateStore, IJournalStore, IOutboxStore, IClusterLockStore, IRunLeaseStore, IAnnouncementStore, IFactsStore
{
    /// <summary>Creates or upgrades the schema (forward migrations only).</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Admits this process as a working instance (one that runs the runner and delivers the outbox: a host or
    /// <c>certbot work</c>) for as long as the returned handle is not disposed. A store whose instances
    /// coordinate through it (PostgreSQL, in memory) admits any number; a SQLite file admits one, because
    /// several processes writing one file is not what it is for. Commands that only read or decide need no admission.
    /// </summary>
    /// <exception cref="StoreInUseException">Another working instance holds the store, which admits one.</exception>
    Task<IAsyncDisposable> AdmitWorkerAsync(CancellationToken cancellationToken);
}
