using CertBot.Engine.Renewal;

namespace CertBot.Engine.Runs.Decisions;

/// <summary>
/// P9: the requester or an approver returns the CA's answer to the run's CSRs. It is validated before it is kept
/// (<see cref="AnswerValidator"/>); a wrong answer is refused with its reason and the run keeps waiting. The run
/// goes on once every CSR has its certificate.
/// </summary>
internal sealed class ProvideHandler(GateLookup gates, ApprovalPolicy policy) : IDecisionHandler
{
    public RunAction Action => RunAction.Provide;

    public async Task<Verdict> DecideAsync(DecisionContext context, CancellationToken cancellationToken)
    {
        var (gate, early) = await gates.FindOpenAsync(context, cancellationToken);
        if (early is not null)
        {
            return early;
        }

        var (run, who, now) = (context.Run, context.Who, context.Now);
        if (policy.RefuseOperator(run, who) is { } refusal)
        {
            return context.Answer(AnswerKind.Refused, refusal);
        }

        var (accepted, message) = AnswerValidator.Validate(run.Plan, run.RenewalOrEmpty, context.Decision.Certificate ?? "", now);
        if (accepted is null)
        {
            return context.Answer(AnswerKind.Refused, $"the signed certificate is refused: {message}; run {run.Id} keeps waiting for a correct answer");
        }

        var change = new RunChange(run, now)
            .Update(r => r with { Renewal = accepted })
            .Journal(JournalKind.CertificateProvided, $"signed certificate provided by {context.Name} and validated: {message}", gate!.StepIndex, who.ToString());
        if (!accepted.IsAnswered)
        {
            return context.Commit($"accepted: {message}", change);
        }

        change.Gate(gate.Decide(GateState.Approved, who.ToString(), now, null))
            .Update(r => r.WithStep(r.Steps[gate.StepIndex] with { Status = StepStatus.Succeeded, EndedAt = now, Detail = $"provided by {context.Name}: {message}" }) with
            {
                NextStep = gate.StepIndex + 1,
                Attention = null,
            })
            .Fire(RunAction.Provide, $"signed certificate provided by {context.Name}");
        return context.Commit($"signed certificate accepted: {message}", change);
    }
}
