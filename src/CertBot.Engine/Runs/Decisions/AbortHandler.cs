namespace CertBot.Engine.Runs.Decisions;

/// <summary>Ends a run that needs attention as failed: the requester or an approver. Its open gates are voided.</summary>
internal sealed class AbortHandler(GateLookup gates, ApprovalPolicy policy) : IDecisionHandler
{
    public RunAction Action => RunAction.Abort;

    public async Task<Verdict> DecideAsync(DecisionContext context, CancellationToken cancellationToken)
    {
        var (run, who) = (context.Run, context.Who);
        if (context.Refuse(policy.RefuseOperator(run, who)) is { } refused)
        {
            return refused;
        }

        var change = new RunChange(run, context.Now)
            .Journal(JournalKind.Aborted, $"aborted by {context.Name} at step {run.NextStep + 1}", run.NextStep, who.ToString())
            .Update(r => r with { Attention = $"aborted by {context.Name}" })
            .Fire(RunAction.Abort, $"aborted by {context.Name}");
        await gates.VoidOpenAsync(change, cancellationToken);
        return context.Commit($"run aborted by {context.Name}", change);
    }
}
