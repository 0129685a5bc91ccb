using CertBot.Engine.Planning;

namespace CertBot.Engine.Runs;

/// <summary>Opens the gate a gate or manual step stands for, bound to the run's current plan hash.</summary>
internal static class GateOpener
{
    public static Gate Open(RunChange change, int stepIndex, TimeSpan expiry)
    {
        var run = change.Run;
        var step = run.Plan.Steps[stepIndex];
        var kind = step.Kind switch
        {
            StepKind.Manual => GateKind.Confirmation,
            StepKind.AwaitCertificate => GateKind.Certificate,
            _ => GateKind.Approval,
        };
        // An approval before any change must be fresh, so it expires and the run is cancelled. After the first
        // change nothing expires: cancelling would leave the cluster half changed (PRG HA off, new certificates
        // not active), so a confirmation waits as long as the manual work takes and an approval reminds its
        // approvers every expiry period until a person decides.
        var reminds = kind == GateKind.Approval && run.HasChanged;
        var expires = kind == GateKind.Approval && !reminds ? change.Now + expiry : DateTimeOffset.MaxValue;
        var gate = new Gate(Guid.NewGuid(), run.Id, stepIndex, kind, run.Plan.Hash,
            kind == GateKind.Approval ? step.Title : $"{step.Title}: {step.Intent}",
            change.Now, expires);
        change.Gate(gate)
            .Update(r => r.WithStep(r.Steps[stepIndex] with { Status = StepStatus.Waiting }) with
            {
                NextStep = stepIndex,
                RemindAt = reminds ? change.Now + expiry : null,
                Attention = kind switch
                {
                    GateKind.Confirmation => "waiting for an operator to confirm: " + step.Title,
                    GateKind.Certificate => "waiting for the signed certificate: " + step.Intent,
                    _ => "waiting for approval: " + step.Title,
                },
            })
            .Journal(JournalKind.GateOpened, $"{kind} gate opened at step {stepIndex + 1}: {gate.Title} (plan {run.Plan.ShortHash}" +
                (reminds ? $"; the cluster is already changed, so it does not expire: the approvers are reminded every {expiry.TotalHours:0.#} h)"
                    : kind == GateKind.Approval ? $", expires {gate.ExpiresAt:yyyy-MM-dd HH:mm} UTC)" : ")"), stepIndex)
            .Event(ProgressKind.GateOpened, gate.Title, stepIndex);
        return gate;
    }
}
