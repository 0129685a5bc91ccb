using CertBot.Engine.Renewal;

namespace CertBot.Engine.Runs;

/// <summary>
/// What a validated CA answer does to a run, whoever brought it (a person's <c>certificate &lt;run&gt;</c>, a file,
/// <c>certbot provide</c>, or the cluster's CA connector): the answer is kept and journaled; once every CSR has its
/// certificate the certificate gate closes and the run goes on to the installation approval, which a person decides.
/// </summary>
internal static class SignedAnswerAcceptance
{
    /// <param name="accepted">The run's material with the answer added (<see cref="AnswerValidator.Validate"/>).</param>
    /// <param name="message">The validator's description of what was accepted.</param>
    /// <param name="by">Who brought it, in words (a person as the journal names them, or "the CA connector x").</param>
    /// <param name="principal">Who brought it as the gate and journal record it.</param>
    public static RunChange Apply(RunChange change, Gate gate, RenewalMaterial accepted, string message, string by, string principal)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(accepted);
        change.Update(r => r with { Renewal = accepted })
            .Journal(JournalKind.CertificateProvided, $"signed certificate provided by {by} and validated: {message}", gate.StepIndex, principal);
        if (!accepted.IsAnswered)
        {
            return change;
        }

        var now = change.Now;
        return change.Gate(gate.Decide(GateState.Approved, principal, now, null))
            .Update(r => r.WithStep(r.Steps[gate.StepIndex] with { Status = StepStatus.Succeeded, EndedAt = now, Detail = $"provided by {by}: {message}" }) with
            {
                NextStep = gate.StepIndex + 1,
                Attention = null,
            })
            .Fire(RunAction.Provide, $"signed certificate provided by {by}");
    }
}
