namespace CertBot.Engine.Storage;

/// <summary>
/// One active changing run per cluster. Locks are taken and given back inside <see cref="Runs.RunUpdate"/>s,
/// so a run's state and its lock never disagree.
/// </summary>
public interface IClusterLockStore
{
    /// <summary>The run holding the cluster, or null.</summary>
    Task<Guid?> LockHolderAsync(string cluster, CancellationToken cancellationToken);
}
