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

        var change = SignedAnswerAcceptance.Apply(new RunChange(run, now), gate!, accepted, message, context.Name, who.ToString());
        return context.Commit(accepted.IsAnswered ? $"signed certificate accepted: {message}" : $"accepted: {message}", change);
    }
}
