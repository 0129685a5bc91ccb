using CertBot.Engine.Runs;

namespace CertBot.Engine.Storage;

/// <summary>Progress events waiting for the chat fronts; written through <see cref="RunUpdate.Events"/>.</summary>
public interface IOutboxStore
{
    /// <summary>Undelivered events in the order they were written.</summary>
    Task<IReadOnlyList<ProgressEvent>> PendingEventsAsync(int limit, CancellationToken cancellationToken);

    Task MarkDeliveredAsync(IReadOnlyCollection<long> eventIds, DateTimeOffset at, CancellationToken cancellationToken);
}
