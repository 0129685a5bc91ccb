namespace CertBot.Engine.Runs.Decisions;

/// <summary>
/// Approves the run's open approval gate. Refused (nothing changes) for the requester, a non-approver, a
/// disabled <c>cli:</c> principal, another plan hash, an expired gate, a typed approval (no plan shown); a second approval of a decided gate
/// changes nothing and says who decided when.
/// </summary>
internal sealed class ApproveHandler(GateLookup gates, ApprovalPolicy policy) : IDecisionHandler
{
    public RunAction Action => RunAction.Approve;

    public async Task<Verdict> DecideAsync(DecisionContext context, CancellationToken cancellationToken)
    {
        var (gate, early) = await gates.FindOpenAsync(context, cancellationToken);
        if (early is not null)
        {
            return early;
        }

        var (run, who, now, decision) = (context.Run, context.Who, context.Now, context.Decision);
        if (policy.RefuseApproval(run, gate!, who, decision.PlanHash, now) is { } refusal)
        {
            return context.Answer(AnswerKind.Refused, refusal);
        }

        if (decision.Typed)
        {
            // After drift re-opened the first gate, a typed approval would approve a plan nobody showed the
            // approver: the answer shows the plan card, and the approval is given on it (with its hash).
            return context.Answer(AnswerKind.Refused, $"an approval is given on the card that shows the plan: review plan {gate!.PlanHash[..12]} on the card and approve there");
        }

        var via = who.IsCli ? " (via the command line)" : "";
        var comment = decision.Comment;
        var change = new RunChange(run, now)
            .Gate(gate!.Decide(GateState.Approved, who.ToString(), now, comment))
            .Update(r => r.WithStep(r.Steps[gate.StepIndex] with { Status = StepStatus.Succeeded, EndedAt = now, Detail = $"approved by {context.Name}" }) with
            {
                NextStep = gate.StepIndex + 1,
                Attention = null,
                WindowOverride = r.WindowOverride || decision.OverrideWindow,
            })
            .Journal(JournalKind.Approved, $"approved by {context.Name}{via} for plan {gate.PlanHash}" + (comment is null ? "" : $": {comment}"), gate.StepIndex, who.ToString())
            .Fire(RunAction.Approve, $"approved by {context.Name}{via}");
        if (decision.OverrideWindow)
        {
            change.Journal(JournalKind.WindowOverride, $"{context.Name} allowed service-impacting steps outside the maintenance window", gate.StepIndex, who.ToString());
        }

        return context.Commit($"approved by {context.Name}{via}: {gate.Title}", change);
    }
}
