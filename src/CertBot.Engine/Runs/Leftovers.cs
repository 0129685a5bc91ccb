using CertBot.Engine.Nodes;
using CertBot.Engine.Planning;

namespace CertBot.Engine.Runs;

/// <summary>
/// What a run that ended early (failed or cancelled) left half-done: the services it stopped and never started
/// again (P6), and PRG high availability it had an operator switch off and never back on. The final card lists
/// it; <see cref="Procedures.ProcedureRequest.Restore"/> plans the undo, through the same approvals as any plan.
/// </summary>
/// <param name="Run">The run that left it.</param>
/// <param name="Stopped">Each service still stopped, as <c>node/service</c>, in the order the run stopped them.</param>
/// <param name="PresenceRedundancyOff">The operator confirmed switching PRG high availability off, and no switch back on.</param>
public sealed record Leftovers(Guid Run, IReadOnlyList<string> Stopped, bool PresenceRedundancyOff)
{
    /// <summary>What to undo, one line each, as the final card shows it.</summary>
    public IReadOnlyList<string> Lines =>
    [
        .. Stopped.Select(s => s.Split('/', 2)).Select(s => $"{s[1]} is stopped on {s[0]}: start it (utils service start {s[1]})"),
        .. PresenceRedundancyOff
            ? ["PRG high availability is off: switch it back on (CUCM Administration > System > Presence Redundancy Group)"]
            : Array.Empty<string>(),
    ];

    /// <summary>What <paramref name="run"/> left undone, or null when it ended complete (or is not over).</summary>
    public static Leftovers? Of(Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.State is not (RunState.Failed or RunState.Cancelled))
        {
            return null;
        }

        bool Done(PlanStep step) => run.Steps[step.Index].Status == StepStatus.Succeeded;
        var steps = run.Plan.Steps;
        var stopped = steps
            .Where(s => s.Kind == StepKind.ControlService && s.Action == ServiceAction.Stop && Done(s))
            .Where(stop => !steps.Any(s => s.Index > stop.Index && s.Kind == StepKind.ControlService && s.Node == stop.Node
                && s.Service == stop.Service && s.Action is ServiceAction.Start or ServiceAction.Restart && Done(s)))
            .Select(s => $"{s.Node!.Name}/{s.Service}")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var off = steps.Any(s => s.Kind == StepKind.Manual && s.Title == PresenceRedundancy.OffTitle && Done(s))
            && !steps.Any(s => s.Kind == StepKind.Manual && s.Title == PresenceRedundancy.OnTitle && Done(s));
        return stopped.Count == 0 && !off ? null : new Leftovers(run.Id, stopped, off);
    }
}
