using CertBot.Engine.Runs;

namespace CertBot.Engine.Storage;

/// <summary>Runs, written only through atomic <see cref="RunUpdate"/>s.</summary>
public interface IRunStore
{
    /// <summary>Stores a new run (version 1) with its journal, events, gates and locks.</summary>
    /// <exception cref="ClusterBusyException">A lock is held by another run; nothing was stored.</exception>
    Task<Run> CreateAsync(RunUpdate update, CancellationToken cancellationToken);

    /// <summary>Applies the update if the stored run still has <see cref="RunUpdate.ExpectedVersion"/>.</summary>
    /// <returns>The run as stored, with its new version.</returns>
    /// <exception cref="RunConflictException">Someone else changed the run first; nothing was stored.</exception>
    /// <exception cref="ClusterBusyException">A lock to acquire is held by another run; nothing was stored.</exception>
    Task<Run> CommitAsync(RunUpdate update, CancellationToken cancellationToken);

    Task<Run?> GetAsync(Guid runId, CancellationToken cancellationToken);

    /// <summary>Runs in any of <paramref name="states"/> (all when empty), oldest first: the order work is done in.</summary>
    Task<IReadOnlyList<Run>> ListAsync(IReadOnlyCollection<RunState> states, int limit, CancellationToken cancellationToken);

    /// <summary>Runs in any of <paramref name="states"/> (all when empty), newest first: the order people list them in.</summary>
    Task<IReadOnlyList<Run>> RecentAsync(IReadOnlyCollection<RunState> states, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// At most <paramref name="limit"/> ids of runs whose id, as 32 hex digits without dashes, starts with
    /// <paramref name="hexPrefix"/> (lower-case hex): a range read of the primary key, never a scan of the runs.
    /// </summary>
    Task<IReadOnlyList<Guid>> IdsStartingWithAsync(string hexPrefix, int limit, CancellationToken cancellationToken);
}
