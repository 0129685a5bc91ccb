namespace CertBot.Engine.Storage;

/// <summary>
/// Which worker executes a run, and until when. Several instances share one store: a worker claims a run before
/// it works on it and renews the lease while a step runs; a run whose lease expired (its worker died) may be
/// claimed by another worker, which recovers it. The lease lives beside the run, not in it: renewing it is no
/// change of the run and never conflicts with a person's decision.
/// </summary>
public interface IRunLeaseStore
{
    /// <summary>
    /// Claims <paramref name="runId"/> for <paramref name="owner"/> until <paramref name="until"/> when nobody else
    /// holds a lease that is still live at <paramref name="now"/> (the owner's own lease is extended).
    /// </summary>
    /// <returns>Whether <paramref name="owner"/> now holds the lease.</returns>
    Task<bool> TryClaimAsync(Guid runId, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Extends the lease <paramref name="owner"/> holds; false when it is no longer theirs (taken over or released).</summary>
    Task<bool> RenewAsync(Guid runId, string owner, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Gives the lease back if <paramref name="owner"/> still holds it, so another worker may go on at once.</summary>
    Task ReleaseAsync(Guid runId, string owner, CancellationToken cancellationToken);

    /// <summary>The worker holding a live lease on the run at <paramref name="now"/>, or null.</summary>
    Task<string?> LeaseHolderAsync(Guid runId, DateTimeOffset now, CancellationToken cancellationToken);
}
