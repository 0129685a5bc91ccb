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
        var gate = new Gate(Guid.NewGuid(), run.Id, stepIndex, kind, run.Plan.Hash,
            kind == GateKind.Confirmation ? $"{step.Title}: {step.Intent}" : step.Title,
            change.Now, change.Now + expiry);
        change.Gate(gate)
            .Update(r => r.WithStep(r.Steps[stepIndex] with { Status = StepStatus.Waiting }) with
            {
                NextStep = stepIndex,
                Attention = kind == GateKind.Confirmation ? "waiting for an operator to confirm: " + step.Title : "waiting for approval: " + step.Title,
            })
            .Journal(JournalKind.GateOpened, $"{kind} gate opened at step {stepIndex + 1}: {gate.Title} (plan {run.Plan.ShortHash}, expires {gate.ExpiresAt:yyyy-MM-dd HH:mm} UTC)", stepIndex)
            .Event(ProgressKind.GateOpened, gate.Title, stepIndex);
        return gate;
    }
}
