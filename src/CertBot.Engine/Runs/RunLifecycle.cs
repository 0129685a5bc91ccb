using System.Text;

namespace CertBot.Engine.Runs;

/// <summary>
/// The run lifecycle as one explicit transition table over the persisted state: what may happen in which
/// state, and where it leads. Anything not in the table is not allowed, and <see cref="Allowed(RunState)"/> says what is.
/// </summary>
public static class RunLifecycle
{
    private static readonly Dictionary<(RunState From, RunAction Action), RunState> Table = new()
    {
        [(RunState.Planned, RunAction.Submit)] = RunState.AwaitingApproval,
        [(RunState.Planned, RunAction.Cancel)] = RunState.Cancelled,

        [(RunState.AwaitingApproval, RunAction.Approve)] = RunState.Running,
        [(RunState.AwaitingApproval, RunAction.Confirm)] = RunState.Running,
        [(RunState.AwaitingApproval, RunAction.Provide)] = RunState.Running,
        [(RunState.AwaitingApproval, RunAction.Reject)] = RunState.Cancelled,
        [(RunState.AwaitingApproval, RunAction.Cancel)] = RunState.Cancelled,
        [(RunState.AwaitingApproval, RunAction.Expire)] = RunState.Cancelled,

        [(RunState.Running, RunAction.ReachGate)] = RunState.AwaitingApproval,
        [(RunState.Running, RunAction.Drift)] = RunState.AwaitingApproval,
        [(RunState.Running, RunAction.Fail)] = RunState.Paused,
        [(RunState.Running, RunAction.HoldForWindow)] = RunState.Paused,
        [(RunState.Running, RunAction.Complete)] = RunState.Succeeded,
        [(RunState.Running, RunAction.Interrupt)] = RunState.Interrupted,
        // A running step is never cut off: Cancel is recorded and honoured at the next step boundary.
        [(RunState.Running, RunAction.Cancel)] = RunState.Running,
        [(RunState.Running, RunAction.StopAtBoundary)] = RunState.Cancelled,

        [(RunState.Paused, RunAction.Retry)] = RunState.Running,
        [(RunState.Paused, RunAction.Skip)] = RunState.Running,
        [(RunState.Paused, RunAction.OverrideWindow)] = RunState.Running,
        [(RunState.Paused, RunAction.Abort)] = RunState.Failed,
        [(RunState.Paused, RunAction.Cancel)] = RunState.Cancelled,

        [(RunState.Interrupted, RunAction.Retry)] = RunState.Running,
        [(RunState.Interrupted, RunAction.Skip)] = RunState.Running,
        [(RunState.Interrupted, RunAction.Abort)] = RunState.Failed,
        [(RunState.Interrupted, RunAction.Cancel)] = RunState.Cancelled,
    };

    /// <summary>The actions people may ask for (the rest are the runner's).</summary>
    public static readonly IReadOnlySet<RunAction> PersonActions = new HashSet<RunAction>
    {
        RunAction.Approve, RunAction.Reject, RunAction.Confirm, RunAction.Retry, RunAction.Skip,
        RunAction.Abort, RunAction.Cancel, RunAction.OverrideWindow, RunAction.Provide,
    };

    /// <summary>
    /// The decisions that settle a gate, and the kind of open gate each one fits: an approval gate is approved
    /// or rejected, a confirmation gate (a manual step) is confirmed. Cancel fits both and is not listed.
    /// </summary>
    private static readonly Dictionary<RunAction, GateKind> GateDecisions = new()
    {
        [RunAction.Approve] = GateKind.Approval,
        [RunAction.Reject] = GateKind.Approval,
        [RunAction.Confirm] = GateKind.Confirmation,
        [RunAction.Provide] = GateKind.Certificate,
    };

    public static bool IsFinal(RunState state) => state is RunState.Succeeded or RunState.Failed or RunState.Cancelled;

    /// <summary>The state <paramref name="action"/> leads to, or null when it is not allowed in <paramref name="state"/>.</summary>
    public static RunState? Next(RunState state, RunAction action) =>
        Table.TryGetValue((state, action), out var next) ? next : null;

    /// <summary>What people may ask for in <paramref name="state"/>, in a stable order.</summary>
    public static IReadOnlyList<RunAction> Allowed(RunState state) =>
        Table.Keys.Where(k => k.From == state && PersonActions.Contains(k.Action)).Select(k => k.Action).Order().ToList();

    /// <summary>
    /// Is <paramref name="action"/> allowed now? The state must allow it, and a gate decision must fit the kind
    /// of the gate the run waits at (<paramref name="openGate"/>; null when no gate is open or it is not known).
    /// </summary>
    public static bool IsAllowed(RunState state, RunAction action, GateKind? openGate) =>
        Next(state, action) is not null &&
        (openGate is null || !GateDecisions.TryGetValue(action, out var fits) || fits == openGate);

    /// <summary>What people may ask for in <paramref name="state"/> at an open gate of kind <paramref name="openGate"/>.</summary>
    public static IReadOnlyList<RunAction> Allowed(RunState state, GateKind? openGate) =>
        Allowed(state).Where(a => IsAllowed(state, a, openGate)).ToList();

    /// <summary>The table as a Mermaid state diagram, for the README.</summary>
    public static string ToMermaid()
    {
        var text = new StringBuilder("stateDiagram-v2\n    [*] --> Planned\n");
        foreach (var ((from, action), to) in Table.Where(t => t.Key.From != t.Value))
        {
            text.Append("    ").Append(from).Append(" --> ").Append(to).Append(" : ").Append(action).Append('\n');
        }

        foreach (var final in Enum.GetValues<RunState>().Where(IsFinal))
        {
            text.Append("    ").Append(final).Append(" --> [*]\n");
        }

        return text.ToString();
    }
}
