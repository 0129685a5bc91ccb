using CertBot.Engine.Storage;

namespace CertBot.Engine.Runs.Decisions;

/// <summary>The gates a decision acts on: the open one to decide, or the open ones an ending voids.</summary>
internal sealed class GateLookup(IGateStore gates)
{
    /// <summary>
    /// The open gate to decide, or the answer when there is none or it does not fit: a named gate already
    /// decided is answered with who decided it when (a second click changes nothing); a gate of the other
    /// kind is refused (the lifecycle table says which decision fits which gate); otherwise the lifecycle
    /// says what is allowed.
    /// </summary>
    public async Task<(Gate? Gate, Verdict? Answer)> FindOpenAsync(DecisionContext context, CancellationToken cancellationToken)
    {
        var (run, action, gateId) = (context.Run, context.Decision.Action, context.Decision.GateId);
        var all = await gates.GatesOfAsync(run.Id, cancellationToken);
        var named = gateId is null ? null : all.FirstOrDefault(g => g.Id == gateId);
        if (gateId is not null && named is null)
        {
            return (null, context.Answer(AnswerKind.Refused, $"run {run.Id} has no gate {gateId}"));
        }

        var target = named ?? all.LastOrDefault(g => g.IsOpen) ?? (all.Count > 0 ? all[^1] : null);
        if (target is { IsOpen: true } && run.State == RunState.AwaitingApproval)
        {
            return RunLifecycle.IsAllowed(run.State, action, target.Kind) ? (target, null) : (null, WrongKind(context, target));
        }

        if (target is { IsOpen: false } && (named is not null || RunLifecycle.Next(run.State, action) is null))
        {
            var kind = target.State == GateState.Approved && action is (RunAction.Approve or RunAction.Confirm) ? AnswerKind.Unchanged : AnswerKind.Refused;
            var by = target.DecidedBy is null ? "" : $" by {target.DecidedBy} at {target.DecidedAt:yyyy-MM-dd HH:mm} UTC";
            return (null, context.Answer(kind, $"the gate '{target.Title}' is already {target.State.ToString().ToLowerInvariant()}{by}: nothing changes"));
        }

        return (null, context.NotAllowed());
    }

    /// <summary>Voids every open gate of the run in <paramref name="change"/>: a run that ends leaves no button that works.</summary>
    public async Task VoidOpenAsync(RunChange change, CancellationToken cancellationToken)
    {
        foreach (var open in (await gates.GatesOfAsync(change.Run.Id, cancellationToken)).Where(g => g.IsOpen))
        {
            change.Gate(open.Decide(GateState.Void, null, change.Now));
        }
    }

    private static Verdict WrongKind(DecisionContext context, Gate gate) => context.Answer(AnswerKind.Refused, gate.Kind switch
    {
        GateKind.Confirmation => $"step {gate.StepIndex + 1} waits for an operator to confirm it was done (confirm, or cancel the run), not for an approval",
        GateKind.Certificate => $"step {gate.StepIndex + 1} waits for the CA's signed certificate (provide it, or cancel the run)",
        _ => $"step {gate.StepIndex + 1} waits for an approval, not a {context.Decision.Action.ToString().ToLowerInvariant()}",
    });
}
