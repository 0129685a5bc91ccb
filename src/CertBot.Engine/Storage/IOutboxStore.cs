using CertBot.Engine.Runs;

namespace CertBot.Engine.Storage;

/// <summary>Progress events waiting for the chat fronts; written through <see cref="RunUpdate.Events"/>.</summary>
public interface IOutboxStore
{
    /// <summary>The owner a released delivery claim carries while its run waits out a backoff: no instance holds it.</summary>
    const string BackoffOwner = "(backoff)";

    /// <summary>Undelivered events in the order they were written.</summary>
    Task<IReadOnlyList<ProgressEvent>> PendingEventsAsync(int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the delivery of up to <paramref name="runs"/> runs with undelivered events for <paramref name="owner"/>
    /// until <paramref name="until"/>, skipping runs another instance is delivering (or that wait out a backoff),
    /// and returns their undelivered events in the order they were written. Several instances sharing the store
    /// thus never deliver one run's events twice.
    /// </summary>
    Task<IReadOnlyList<ProgressEvent>> ClaimPendingAsync(string owner, DateTimeOffset now, DateTimeOffset until, int runs, CancellationToken cancellationToken);

    /// <summary>
    /// Gives a run's delivery claim back. With <paramref name="retryAt"/> (the delivery failed) no instance
    /// claims the run again before then, so one run whose posts fail does not hold up the others.
    /// </summary>
    Task ReleaseDeliveryAsync(Guid runId, string owner, DateTimeOffset? retryAt, CancellationToken cancellationToken);

    Task MarkDeliveredAsync(IReadOnlyCollection<long> eventIds, DateTimeOffset at, CancellationToken cancellationToken);
}
