using CertBot.Engine.Planning;

namespace CertBot.Engine.Runs;

/// <summary>Opens the gate a gate or manual step stands for, bound to the run's current plan hash.</summary>
internal static class GateOpener
{
    public static Gate Open(RunChange change, int stepIndex, TimeSpan expiry)
    {
        var run = change.Run;
        var step = run.Plan.Steps[stepIndex];
        var kind = step.Kind == StepKind.Manual ? GateKind.Confirmation : GateKind.Approval;
        // An approval must be fresh, so it expires; a confirmation waits for the operator as long as the
        // manual work takes, because cancelling a run that already changed the cluster would hide that.
        var expires = kind == GateKind.Approval ? change.Now + expiry : DateTimeOffset.MaxValue;
        var gate = new Gate(Guid.NewGuid(), run.Id, stepIndex, kind, run.Plan.Hash,
            kind == GateKind.Confirmation ? $"{step.Title}: {step.Intent}" : step.Title,
            change.Now, expires);
        change.Gate(gate)
            .Update(r => r.WithStep(r.Steps[stepIndex] with { Status = StepStatus.Waiting }) with
            {
                NextStep = stepIndex,
                Attention = kind == GateKind.Confirmation ? "waiting for an operator to confirm: " + step.Title : "waiting for approval: " + step.Title,
            })
            .Journal(JournalKind.GateOpened, $"{kind} gate opened at step {stepIndex + 1}: {gate.Title} (plan {run.Plan.ShortHash}" +
                (kind == GateKind.Approval ? $", expires {gate.ExpiresAt:yyyy-MM-dd HH:mm} UTC)" : ")"), stepIndex)
            .Event(ProgressKind.GateOpened, gate.Title, stepIndex);
        return gate;
    }
}
