namespace CertBot.Engine.Runs;

/// <summary>Decisions on gates: approve, reject, confirm.</summary>
public sealed partial class RunService
{
    /// <summary>
    /// Approves the run's open approval gate. Refused (nothing changes) for the requester, a non-approver,
    /// a disabled <c>cli:</c> principal, another plan hash, an expired gate; a second approval of a decided
    /// gate changes nothing and says who decided when.
    /// </summary>
    /// <param name="planHash">The plan the approver saw (full hash or at least 12 characters); null means the run's current plan.</param>
    /// <param name="gateId">The gate the card was bound to; null means the run's open gate.</param>
    /// <param name="overrideWindow">Also allow service-impacting steps outside the maintenance window (journaled).</param>
    public Task<RunAnswer> ApproveAsync(
        Guid runId, string principal, string? planHash = null, Guid? gateId = null, string? comment = null, bool overrideWindow = false,
        CancellationToken cancellationToken = default) =>
        DecideAsync(runId, principal, async (run, who) =>
        {
            var (gate, early) = await FindGateAsync(run, gateId, RunAction.Approve, cancellationToken);
            if (early is not null)
            {
                return (early, null);
            }

            if (gate!.Kind != GateKind.Approval)
            {
                return (RunAnswer.Of(AnswerKind.Refused, $"step {gate.StepIndex + 1} waits for an operator to confirm it was done (confirm), not for an approval", run), null);
            }

            var now = time.GetUtcNow();
            if (policy.RefuseApproval(run, gate, who, planHash, now) is { } refusal)
            {
                return (RunAnswer.Of(AnswerKind.Refused, refusal, run), null);
            }

            var via = who.IsCli ? " (via the command line)" : "";
            var change = new RunChange(run, now)
                .Gate(gate.Decide(GateState.Approved, who.ToString(), now, comment))
                .Update(r => r.WithStep(r.Steps[gate.StepIndex] with { Status = StepStatus.Succeeded, EndedAt = now, Detail = $"approved by {who}" }) with
                {
                    NextStep = gate.StepIndex + 1,
                    Attention = null,
                    WindowOverride = r.WindowOverride || overrideWindow,
                })
                .Journal(JournalKind.Approved, $"approved by {who}{via} for plan {gate.PlanHash}" + (comment is null ? "" : $": {comment}"), gate.StepIndex, who.ToString())
                .Fire(RunAction.Approve, $"approved by {who}{via}");
            if (overrideWindow)
            {
                change.Journal(JournalKind.WindowOverride, $"{who} allowed service-impacting steps outside the maintenance window", gate.StepIndex, who.ToString());
            }

            return (RunAnswer.Of(AnswerKind.Done, $"approved by {who}{via}: {gate.Title}", run), change);
        }, cancellationToken);

    /// <summary>Rejects the open approval gate: the run is cancelled. The requester withdraws with cancel instead.</summary>
    public Task<RunAnswer> RejectAsync(Guid runId, string principal, string? comment = null, Guid? gateId = null, CancellationToken cancellationToken = default) =>
        DecideAsync(runId, principal, async (run, who) =>
        {
            var (gate, early) = await FindGateAsync(run, gateId, RunAction.Reject, cancellationToken);
            if (early is not null)
            {
                return (early, null);
            }

            if (policy.RefuseApprover(run, who) is { } refusal)
            {
                return (RunAnswer.Of(AnswerKind.Refused, refusal + " (the requester withdraws with cancel)", run), null);
            }

            var now = time.GetUtcNow();
            var change = new RunChange(run, now)
                .Gate(gate!.Decide(GateState.Rejected, who.ToString(), now, comment))
                .Journal(JournalKind.Rejected, $"rejected by {who}" + (comment is null ? "" : $": {comment}"), gate.StepIndex, who.ToString())
                .Update(r => r with { Attention = $"rejected by {who}" })
                .Fire(RunAction.Reject, $"rejected by {who}");
            return (RunAnswer.Of(AnswerKind.Done, $"rejected by {who}: the run is cancelled", run), change);
        }, cancellationToken);

    /// <summary>Confirms that the manual step the run waits at was done (PRG HA, Jabber push, DHCP checklist).</summary>
    public Task<RunAnswer> ConfirmAsync(Guid runId, string principal, string? comment = null, Guid? gateId = null, CancellationToken cancellationToken = default) =>
        DecideAsync(runId, principal, async (run, who) =>
        {
            var (gate, early) = await FindGateAsync(run, gateId, RunAction.Confirm, cancellationToken);
            if (early is not null)
            {
                return (early, null);
            }

            if (gate!.Kind != GateKind.Confirmation)
            {
                return (RunAnswer.Of(AnswerKind.Refused, $"step {gate.StepIndex + 1} waits for an approval, not a confirmation", run), null);
            }

            if (policy.RefuseOperator(run, who) is { } refusal)
            {
                return (RunAnswer.Of(AnswerKind.Refused, refusal, run), null);
            }

            var now = time.GetUtcNow();
            var change = new RunChange(run, now)
                .Gate(gate.Decide(GateState.Approved, who.ToString(), now, comment))
                .Update(r => r.WithStep(r.Steps[gate.StepIndex] with { Status = StepStatus.Succeeded, EndedAt = now, Detail = $"confirmed by {who}" }) with
                {
                    NextStep = gate.StepIndex + 1,
                    Attention = null,
                })
                .Journal(JournalKind.Confirmed, $"confirmed by {who}: {gate.Title}" + (comment is null ? "" : $" ({comment})"), gate.StepIndex, who.ToString())
                .Fire(RunAction.Confirm, $"confirmed by {who}");
            return (RunAnswer.Of(AnswerKind.Done, $"confirmed by {who}: {run.Plan.Steps[gate.StepIndex].Title}", run), change);
        }, cancellationToken);

    /// <summary>
    /// The open gate to decide, or the answer when there is none: a named gate already decided is answered
    /// with who decided it when (a second click changes nothing); otherwise the lifecycle says what is allowed.
    /// </summary>
    private async Task<(Gate? Gate, RunAnswer? Answer)> FindGateAsync(Run run, Guid? gateId, RunAction action, CancellationToken cancellationToken)
    {
        var gates = await store.GatesOfAsync(run.Id, cancellationToken);
        var named = gateId is null ? null : gates.FirstOrDefault(g => g.Id == gateId);
        if (gateId is not null && named is null)
        {
            return (null, RunAnswer.Of(AnswerKind.Refused, $"run {run.Id} has no gate {gateId}", run));
        }

        var target = named ?? gates.LastOrDefault(g => g.IsOpen) ?? (gates.Count > 0 ? gates[^1] : null);
        if (target is { IsOpen: true } && run.State == RunState.AwaitingApproval)
        {
            return (target, null);
        }

        if (target is { IsOpen: false } && (named is not null || RunLifecycle.Next(run.State, action) is null))
        {
            var kind = target.State == GateState.Approved && action is (RunAction.Approve or RunAction.Confirm) ? AnswerKind.Unchanged : AnswerKind.Refused;
            var by = target.DecidedBy is null ? "" : $" by {target.DecidedBy} at {target.DecidedAt:yyyy-MM-dd HH:mm} UTC";
            return (null, RunAnswer.Of(kind, $"the gate '{target.Title}' is already {target.State.ToString().ToLowerInvariant()}{by}: nothing changes", run));
        }

        return (null, RunAnswer.NotAllowed(action, run));
    }
}
