using CertBot.Engine.Runs;

namespace CertBot.Engine.Storage;

/// <summary>
/// The engine store in memory, for planning-only use and unit tests of the engine. Same contract as the
/// relational stores (the store test suite runs against it too); nothing survives the process.
/// </summary>
public sealed partial class InMemoryEngineStore : IEngineStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<Guid, Run> runs = [];
    private readonly List<Gate> gates = [];
    private readonly List<JournalEntry> journal = [];
    private readonly List<ProgressEvent> events = [];
    private readonly Dictionary<string, Guid> locks = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, (string Owner, DateTimeOffset Until)> leases = [];
    private readonly Dictionary<Guid, (string Owner, DateTimeOffset Until)> deliveries = [];
    private readonly Dictionary<string, (string Owner, DateTimeOffset ClaimedAt, bool Posted)> announcements = new(StringComparer.Ordinal);

    public Task MigrateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Every engine over this store shares its leases and claims: any number of workers.</summary>
    public Task<IAsyncDisposable> AdmitWorkerAsync(CancellationToken cancellationToken) => Task.FromResult(WorkerAdmission.Unlimited);

    public Task<Run> CreateAsync(RunUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        lock (gate)
        {
            if (runs.ContainsKey(update.Run.Id))
            {
                throw new RunConflictException(update.Run.Id, 0);
            }

            return Task.FromResult(Apply(update));
        }
    }

    public Task<Run> CommitAsync(RunUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        lock (gate)
        {
            if (!runs.TryGetValue(update.Run.Id, out var stored) || stored.Version != update.ExpectedVersion
                || (update.LeaseOwner is { } owner && leases.GetValueOrDefault(update.Run.Id).Owner != owner))
            {
                throw new RunConflictException(update.Run.Id, update.ExpectedVersion);
            }

            return Task.FromResult(Apply(update));
        }
    }

    public Task<Run?> GetAsync(Guid runId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(runs.GetValueOrDefault(runId));
        }
    }

    public Task<IReadOnlyList<Run>> ListAsync(IReadOnlyCollection<RunState> states, int limit, CancellationToken cancellationToken) =>
        Listed(states, limit, newestFirst: false);

    public Task<IReadOnlyList<Run>> RecentAsync(IReadOnlyCollection<RunState> states, int limit, CancellationToken cancellationToken) =>
        Listed(states, limit, newestFirst: true);

    public Task<IReadOnlyList<Guid>> IdsStartingWithAsync(string hexPrefix, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hexPrefix);
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<Guid>>(runs.Keys
                .Where(id => id.ToString("N").StartsWith(hexPrefix, StringComparison.Ordinal)).Order().Take(limit).ToList());
        }
    }

    private Task<IReadOnlyList<Run>> Listed(IReadOnlyCollection<RunState> states, int limit, bool newestFirst)
    {
        ArgumentNullException.ThrowIfNull(states);
        lock (gate)
        {
            var matching = runs.Values.Where(r => states.Count == 0 || states.Contains(r.State));
            var ordered = newestFirst
                ? matching.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
                : matching.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id);
            return Task.FromResult<IReadOnlyList<Run>>(ordered.Take(limit).ToList());
        }
    }

    public Task<Gate?> GetGateAsync(Guid gateId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(gates.FirstOrDefault(g => g.Id == gateId));
        }
    }

    public Task<IReadOnlyList<Gate>> GatesOfAsync(Guid runId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<Gate>>(gates.Where(g => g.RunId == runId).ToList());
        }
    }

    public Task<IReadOnlyList<Gate>> ExpiredGatesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<Gate>>(gates.Where(g => g.IsOpen && g.IsExpired(now)).ToList());
        }
    }

    public Task<IReadOnlyList<JournalEntry>> JournalOfAsync(Guid runId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<JournalEntry>>(journal.Where(j => j.RunId == runId).ToList());
        }
    }

    public Task<IReadOnlyList<ProgressEvent>> PendingEventsAsync(int limit, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<ProgressEvent>>(events.Where(e => e.DeliveredAt is null).Take(limit).ToList());
        }
    }

    public Task MarkDeliveredAsync(IReadOnlyCollection<long> eventIds, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        lock (gate)
        {
            for (var i = 0; i < events.Count; i++)
            {
                if (eventIds.Contains(events[i].Id) && events[i].DeliveredAt is null)
                {
                    events[i] = events[i] with { DeliveredAt = at };
                }
            }

            return Task.CompletedTask;
        }
    }

    public Task<Guid?> LockHolderAsync(string cluster, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<Guid?>(locks.TryGetValue(cluster, out var holder) ? holder : null);
        }
    }

    private Run Apply(RunUpdate update)
    {
        var runId = update.Run.Id;
        foreach (var cluster in update.AcquireLocks.Order(StringComparer.Ordinal))
        {
            if (locks.TryGetValue(cluster, out var holder) && holder != runId)
            {
                throw new ClusterBusyException(cluster, holder);
            }
        }

        foreach (var cluster in update.AcquireLocks)
        {
            locks[cluster] = runId;
        }

        foreach (var cluster in update.ReleaseLocks.Where(c => locks.GetValueOrDefault(c) == runId))
        {
            locks.Remove(cluster);
        }

        var stored = update.Run with { Version = update.ExpectedVersion + 1 };
        runs[runId] = stored;
        foreach (var changed in update.Gates)
        {
            var at = gates.FindIndex(g => g.Id == changed.Id);
            if (at < 0)
            {
                gates.Add(changed);
            }
            else
            {
                gates[at] = changed;
            }
        }

        var sequence = journal.Where(j => j.RunId == runId).Select(j => j.Sequence).DefaultIfEmpty(0).Max();
        journal.AddRange(update.Journal.Select(j => j with { Sequence = ++sequence }));
        var id = events.Count == 0 ? 0 : events[^1].Id;
        events.AddRange(update.Events.Select(e => e with { Id = ++id }));
        return stored;
    }
}
