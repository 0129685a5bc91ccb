namespace CertBot.Engine.Storage;

/// <summary>Everything the engine persists, in one store so an update can span all of it in one transaction.</summary>
public interface IEngineStore : IRunStore, IGateStore, IJournalStore, IOutboxStore, IClusterLockStore, IRunLeaseStore
{
    /// <summary>Creates or upgrades the schema (forward migrations only).</summary>
    Task MigrateAsync(CancellationToken cancellationToken);
}
