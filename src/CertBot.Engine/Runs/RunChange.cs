namespace CertBot.Engine.Runs;

/// <summary>
/// Builds one <see cref="RunUpdate"/>: every state move goes through the transition table, and every move
/// brings its progress event, so the journal, the outbox and the state cannot drift apart.
/// </summary>
public sealed class RunChange
{
    private readonly long expectedVersion;
    private readonly DateTimeOffset now;
    private readonly List<JournalEntry> journal = [];
    private readonly List<ProgressEvent> events = [];
    private readonly List<Gate> gates = [];
    private readonly List<string> acquire = [];
    private readonly List<string> release = [];

    public RunChange(Run run, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(run);
        Run = run;
        expectedVersion = run.Version;
        this.now = now;
    }

    public Run Run { get; private set; }

    public DateTimeOffset Now => now;

    /// <summary>Moves the run through the table; ends in a final state give the cluster locks back.</summary>
    /// <exception cref="InvalidOperationException">The table does not allow it: a bug in the caller, who checks first.</exception>
    public RunChange Fire(RunAction action, string message)
    {
        var next = RunLifecycle.Next(Run.State, action)
            ?? throw new InvalidOperationException($"{action} is not allowed while the run is {Run.State}");
        var moved = next != Run.State;
        Run = Run with { State = next };
        if (moved)
        {
            var kind = RunLifecycle.IsFinal(next) ? ProgressKind.Finished
                : next is RunState.Paused or RunState.Interrupted ? ProgressKind.NeedsAttention
                : ProgressKind.StateChanged;
            Event(kind, message);
        }

        if (RunLifecycle.IsFinal(next))
        {
            release.AddRange(Run.Request.Clusters);
        }

        return this;
    }

    public RunChange Update(Func<Run, Run> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        Run = change(Run);
        return this;
    }

    public RunChange Journal(JournalKind kind, string message, int? step = null, string? principal = null, string? command = null, string? output = null,
        IReadOnlyList<NodeChange>? changes = null)
    {
        journal.Add(new JournalEntry(Run.Id, 0, now, kind, message, step, principal, command, output, changes is { Count: > 0 } ? changes : null));
        return this;
    }

    public RunChange Event(ProgressKind kind, string message, int? step = null)
    {
        events.Add(new ProgressEvent(0, Run.Id, now, kind, Run.State, message, step));
        return this;
    }

    public RunChange Gate(Gate gate)
    {
        gates.Add(gate);
        return this;
    }

    public RunChange Lock(IEnumerable<string> clusters)
    {
        acquire.AddRange(clusters);
        return this;
    }

    public RunUpdate ToUpdate() =>
        new(Run with { UpdatedAt = now }, expectedVersion, journal.ToList(), events.ToList(), gates.ToList(), acquire.ToList(), release.ToList());
}
