namespace CertBot.Engine.Runs.Decisions;

/// <summary>Skips the step the run stopped at and goes on with the next: an approver, never the requester.</summary>
internal sealed class SkipHandler(ApprovalPolicy policy) : IDecisionHandler
{
    public RunAction Action => RunAction.Skip;

    public Task<Verdict> DecideAsync(DecisionContext context, CancellationToken cancellationToken) => Task.FromResult(Decide(context));

    private Verdict Decide(DecisionContext context)
    {
        var (run, who, now) = (context.Run, context.Who, context.Now);
        if (context.Refuse(policy.RefuseApprover(run, who) is { } refusal ? refusal + " (skip is an approver's decision)" : null) is { } refused)
        {
            return refused;
        }

        var step = run.NextStep;
        var change = new RunChange(run, now)
            .Journal(JournalKind.StepSkipped, $"step {step + 1} ({run.Plan.Steps[step].Title}) skipped by {who}", step, who.ToString())
            .Update(r => r.WithStep(r.Steps[step] with { Status = StepStatus.Skipped, EndedAt = now, Detail = $"skipped by {who}" }) with
            {
                NextStep = step + 1,
                Cause = PauseCause.None,
                Attention = null,
            })
            .Fire(RunAction.Skip, $"step {step + 1} skipped by {who}");
        return context.Commit($"step {step + 1} skipped by {who}", change);
    }
}
