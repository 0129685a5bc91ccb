using CertBot.Engine.Inventory.Cache;
using CertBot.Engine.Runs;
using CertBot.Engine.Signals;

namespace CertBot.Engine.Storage;

/// <summary>
/// The store as the engine uses it: every write goes to the real store, and a committed write that carried
/// progress events pulses <see cref="EngineSignals.Progress"/>. Wrapping the store keeps that in one place
/// instead of beside each of the engine's commits (runner, decisions, requests).
/// </summary>
internal sealed class SignallingEngineStore(IEngineStore inner, WakeUp progress, ClusterChanges changed) : IEngineStore
{
    public async Task<Run> CreateAsync(RunUpdate update, CancellationToken cancellationToken) =>
        Signal(update, await inner.CreateAsync(update, cancellationToken));

    public async Task<Run> CommitAsync(RunUpdate update, CancellationToken cancellationToken) =>
        Signal(update, await inner.CommitAsync(update, cancellationToken));

    public Task<Run?> GetAsync(Guid runId, CancellationToken cancellationToken) => inner.GetAsync(runId, cancellationToken);

    public Task<IReadOnlyList<Run>> ListAsync(IReadOnlyCollection<RunState> states, int limit, CancellationToken cancellationToken) =>
        inner.ListAsync(states, limit, cancellationToken);

    public Task<IReadOnlyList<Run>> RecentAsync(IReadOnlyCollection<RunState> states, int limit, CancellationToken cancellationToken) =>
        inner.RecentAsync(states, limit, cancellationToken);

    public Task<IReadOnlyList<Guid>> IdsStartingWithAsync(string hexPrefix, int limit, CancellationToken cancellationToken) =>
        inner.IdsStartingWithAsync(hexPrefix, limit, cancellationToken);

    public Task<Gate?> GetGateAsync(Guid gateId, CancellationToken cancellationToken) => inner.GetGateAsync(gateId, cancellationToken);

    public Task<IReadOnlyList<Gate>> GatesOfAsync(Guid runId, CancellationToken cancellationToken) => inner.GatesOfAsync(runId, cancellationToken);

    public Task<IReadOnlyList<Gate>> ExpiredGatesAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.ExpiredGatesAsync(now, cancellationToken);

    public Task<IReadOnlyList<JournalEntry>> JournalOfAsync(Guid runId, CancellationToken cancellationToken) =>
        inner.JournalOfAsync(runId, cancellationToken);

    public Task<IReadOnlyList<ProgressEvent>> PendingEventsAsync(int limit, CancellationToken cancellationToken) =>
        inner.PendingEventsAsync(limit, cancellationToken);

    public Task<IReadOnlyList<ProgressEvent>> ClaimPendingAsync(string owner, DateTimeOffset now, DateTimeOffset until, int runs, CancellationToken cancellationToken) =>
        inner.ClaimPendingAsync(owner, now, until, runs, cancellationToken);

    public Task ReleaseDeliveryAsync(Guid runId, string owner, DateTimeOffset? retryAt, CancellationToken cancellationToken) =>
        inner.ReleaseDeliveryAsync(runId, owner, retryAt, cancellationToken);

    public Task MarkDeliveredAsync(IReadOnlyCollection<long> eventIds, DateTimeOffset at, CancellationToken cancellationToken) =>
        inner.MarkDeliveredAsync(eventIds, at, cancellationToken);

    public Task<Guid?> LockHolderAsync(string cluster, CancellationToken cancellationToken) => inner.LockHolderAsync(cluster, cancellationToken);

    public Task<bool> TryClaimAsync(Guid runId, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken) =>
        inner.TryClaimAsync(runId, owner, now, until, cancellationToken);

    public Task<bool> RenewAsync(Guid runId, string owner, DateTimeOffset until, CancellationToken cancellationToken) =>
        inner.RenewAsync(runId, owner, until, cancellationToken);

    public Task ReleaseAsync(Guid runId, string owner, CancellationToken cancellationToken) => inner.ReleaseAsync(runId, owner, cancellationToken);

    public Task<string?> LeaseHolderAsync(Guid runId, DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.LeaseHolderAsync(runId, now, cancellationToken);

    public Task<bool> TryClaimAnnouncementAsync(string key, string owner, DateTimeOffset now, TimeSpan staleAfter, CancellationToken cancellationToken) =>
        inner.TryClaimAnnouncementAsync(key, owner, now, staleAfter, cancellationToken);

    public Task MarkAnnouncedAsync(string key, string owner, DateTimeOffset at, CancellationToken cancellationToken) =>
        inner.MarkAnnouncedAsync(key, owner, at, cancellationToken);

    public Task ReleaseAnnouncementAsync(string key, string owner, CancellationToken cancellationToken) =>
        inner.ReleaseAnnouncementAsync(key, owner, cancellationToken);

    public Task SaveFactsAsync(ClusterFacts facts, CancellationToken cancellationToken) => inner.SaveFactsAsync(facts, cancellationToken);

    public Task<ClusterFacts?> FactsOfAsync(string cluster, CancellationToken cancellationToken) => inner.FactsOfAsync(cluster, cancellationToken);

    public Task<bool> TryClaimRefreshAsync(string cluster, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken) =>
        inner.TryClaimRefreshAsync(cluster, owner, now, until, cancellationToken);

    public Task ReleaseRefreshAsync(string cluster, string owner, CancellationToken cancellationToken) =>
        inner.ReleaseRefreshAsync(cluster, owner, cancellationToken);

    public Task MigrateAsync(CancellationToken cancellationToken) => inner.MigrateAsync(cancellationToken);

    public Task<IAsyncDisposable> AdmitWorkerAsync(CancellationToken cancellationToken) => inner.AdmitWorkerAsync(cancellationToken);

    private Run Signal(RunUpdate update, Run stored)
    {
        if (update.Events.Count > 0)
        {
            progress.Pulse();
        }

        // A run that ends gives its locks back; when one of its changing steps ran, the cached facts are old.
        if (update.ReleaseLocks.Count > 0 && stored.HasChanged)
        {
            changed.Report(update.ReleaseLocks);
        }

        return stored;
    }
}
