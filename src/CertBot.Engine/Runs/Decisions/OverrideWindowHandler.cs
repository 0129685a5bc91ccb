namespace CertBot.Engine.Runs.Decisions;

/// <summary>Lets a run held by the maintenance window go on outside it: an approver, journaled.</summary>
internal sealed class OverrideWindowHandler(ApprovalPolicy policy) : IDecisionHandler
{
    public RunAction Action => RunAction.OverrideWindow;

    public Task<Verdict> DecideAsync(DecisionContext context, CancellationToken cancellationToken) => Task.FromResult(Decide(context));

    private Verdict Decide(DecisionContext context)
    {
        var (run, who) = (context.Run, context.Who);
        if (!RunLifecycle.IsAllowed(run.State, Action, null))
        {
            return context.NotAllowed();
        }

        // The table allows it while Paused; only a hold by the window is overridden, not a failed step.
        if (run.Cause != PauseCause.OutsideWindow)
        {
            return context.Answer(AnswerKind.Refused, "the run is not held by the maintenance window");
        }

        if (policy.RefuseApprover(run, who) is { } refusal)
        {
            return context.Answer(AnswerKind.Refused, refusal);
        }

        var change = new RunChange(run, context.Now)
            .Journal(JournalKind.WindowOverride, $"{context.Name} allowed service-impacting steps outside the maintenance window", run.NextStep, who.ToString())
            .Update(r => r with { WindowOverride = true, Cause = PauseCause.None, Attention = null })
            .Fire(RunAction.OverrideWindow, $"maintenance window overridden by {context.Name}");
        return context.Commit($"maintenance window overridden by {context.Name}", change);
    }
}
