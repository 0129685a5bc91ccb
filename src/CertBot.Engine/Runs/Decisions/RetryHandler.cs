namespace CertBot.Engine.Runs.Decisions;

/// <summary>Runs the failed or interrupted step again: the requester or an approver.</summary>
internal sealed class RetryHandler(ApprovalPolicy policy) : IDecisionHandler
{
    public RunAction Action => RunAction.Retry;

    public Task<Verdict> DecideAsync(DecisionContext context, CancellationToken cancellationToken) => Task.FromResult(Decide(context));

    private Verdict Decide(DecisionContext context)
    {
        var (run, who) = (context.Run, context.Who);
        if (context.Refuse(policy.RefuseOperator(run, who)) is { } refused)
        {
            return refused;
        }

        var change = new RunChange(run, context.Now)
            .Journal(JournalKind.Retried, $"retry of step {run.NextStep + 1} asked by {context.Name}", run.NextStep, who.ToString())
            .Update(r => (r.CurrentStep is null ? r : r.WithStep(r.Steps[r.NextStep] with { Status = StepStatus.Pending })) with
            {
                Cause = PauseCause.None,
                Attention = null,
            })
            .Fire(RunAction.Retry, $"retry asked by {context.Name}");
        return context.Commit(run.Cause == PauseCause.PlanNotRunnable ? "the run plans again from live state; nothing runs without a new approval" : $"step {run.NextStep + 1} will run again", change);
    }
}
