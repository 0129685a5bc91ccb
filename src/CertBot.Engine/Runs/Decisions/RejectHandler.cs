namespace CertBot.Engine.Runs.Decisions;

/// <summary>Rejects the open approval gate: the run is cancelled. The requester withdraws with cancel instead.</summary>
internal sealed class RejectHandler(GateLookup gates, ApprovalPolicy policy) : IDecisionHandler
{
    public RunAction Action => RunAction.Reject;

    public async Task<Verdict> DecideAsync(DecisionContext context, CancellationToken cancellationToken)
    {
        var (gate, early) = await gates.FindOpenAsync(context, cancellationToken);
        if (early is not null)
        {
            return early;
        }

        var (run, who, now, comment) = (context.Run, context.Who, context.Now, context.Decision.Comment);
        if (policy.RefuseApprover(run, who) is { } refusal)
        {
            return context.Answer(AnswerKind.Refused, refusal + " (the requester withdraws with cancel)");
        }

        var change = new RunChange(run, now)
            .Gate(gate!.Decide(GateState.Rejected, who.ToString(), now, comment))
            .Journal(JournalKind.Rejected, $"rejected by {context.Name}" + (comment is null ? "" : $": {comment}"), gate.StepIndex, who.ToString())
            .Update(r => r with { Attention = $"rejected by {context.Name}" })
            .Fire(RunAction.Reject, $"rejected by {context.Name}");
        return context.Commit($"rejected by {context.Name}: the run is cancelled", change);
    }
}
