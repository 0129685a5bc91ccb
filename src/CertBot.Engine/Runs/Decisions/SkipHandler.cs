namespace CertBot.Engine.Runs.Decisions;

/// <summary>
/// Skips the step the run stopped at and goes on with the next: an approver, never the requester. Skip never
/// passes an approval gate, and a plan that cannot run (blocked, or changing nothing) is never skipped into:
/// it can only be cancelled, aborted or planned again (retry).
/// </summary>
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

        if (Unskippable(run) is { } why)
        {
            return context.Answer(AnswerKind.Refused, why);
        }

        var step = run.NextStep;
        var change = new RunChange(run, now)
            .Journal(JournalKind.StepSkipped, $"step {step + 1} ({run.Plan.Steps[step].Title}) skipped by {context.Name}", step, who.ToString())
            .Update(r => r.WithStep(r.Steps[step] with { Status = StepStatus.Skipped, EndedAt = now, Detail = $"skipped by {context.Name}" }) with
            {
                NextStep = step + 1,
                Cause = PauseCause.None,
                Attention = null,
            })
            .Fire(RunAction.Skip, $"step {step + 1} skipped by {context.Name}");
        return context.Commit($"step {step + 1} skipped by {context.Name}", change);
    }

    private static string? Unskippable(Run run) =>
        run.Cause == PauseCause.PlanNotRunnable || run.CurrentStep is null
            ? $"skip never runs a plan that cannot run ({run.Attention ?? "nothing is left to run"}): cancel the run, or retry to plan again"
            : run.CurrentStep.Kind == Planning.StepKind.ApprovalGate
                ? $"step {run.NextStep + 1} is an approval gate: skip never passes an approval; an approver approves the plan, or the run is cancelled"
                : null;
}
