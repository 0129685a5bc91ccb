namespace CertBot.Engine.Runs.Decisions;

/// <summary>Confirms that the manual step the run waits at was done (PRG HA, Jabber push, DHCP checklist): the requester or an approver.</summary>
internal sealed class ConfirmHandler(GateLookup gates, ApprovalPolicy policy) : IDecisionHandler
{
    public RunAction Action => RunAction.Confirm;

    public async Task<Verdict> DecideAsync(DecisionContext context, CancellationToken cancellationToken)
    {
        var (gate, early) = await gates.FindOpenAsync(context, cancellationToken);
        if (early is not null)
        {
            return early;
        }

        var (run, who, now, comment) = (context.Run, context.Who, context.Now, context.Decision.Comment);
        if (policy.RefuseOperator(run, who) is { } refusal)
        {
            return context.Answer(AnswerKind.Refused, refusal);
        }

        var change = new RunChange(run, now)
            .Gate(gate!.Decide(GateState.Approved, who.ToString(), now, comment))
            .Update(r => r.WithStep(r.Steps[gate.StepIndex] with { Status = StepStatus.Succeeded, EndedAt = now, Detail = $"confirmed by {context.Name}" }) with
            {
                NextStep = gate.StepIndex + 1,
                Attention = null,
            })
            .Journal(JournalKind.Confirmed, $"confirmed by {context.Name}: {gate.Title}" + (comment is null ? "" : $" ({comment})"), gate.StepIndex, who.ToString())
            .Fire(RunAction.Confirm, $"confirmed by {context.Name}");
        return context.Commit($"confirmed by {context.Name}: {run.Plan.Steps[gate.StepIndex].Title}", change);
    }
}
