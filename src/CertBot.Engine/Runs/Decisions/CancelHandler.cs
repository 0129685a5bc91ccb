namespace CertBot.Engine.Runs.Decisions;

/// <summary>
/// Cancels the run: at once while it waits, at the next step boundary while a step runs (a running step is
/// never cut off; asking twice changes nothing). The requester or an approver.
/// </summary>
internal sealed class CancelHandler(GateLookup gates, ApprovalPolicy policy) : IDecisionHandler
{
    public RunAction Action => RunAction.Cancel;

    public async Task<Verdict> DecideAsync(DecisionContext context, CancellationToken cancellationToken)
    {
        var (run, who) = (context.Run, context.Who);
        if (context.Refuse(policy.RefuseOperator(run, who)) is { } refused)
        {
            return refused;
        }

        var change = new RunChange(run, context.Now);
        if (run.State == RunState.Running)
        {
            if (run.CancelRequested)
            {
                return context.Answer(AnswerKind.Unchanged, "cancel was already asked: the run stops at the next step boundary");
            }

            change.Journal(JournalKind.CancelRequested, $"cancel asked by {context.Name}: stops at the next step boundary", run.NextStep, who.ToString())
                .Update(r => r with { CancelRequested = true })
                .Fire(RunAction.Cancel, $"cancel asked by {context.Name}")
                .Event(ProgressKind.StateChanged, $"cancel asked by {context.Name}: stops after the running step", run.NextStep);
            return context.Commit("cancel asked: the run stops at the next step boundary", change);
        }

        change.Journal(JournalKind.Cancelled, $"cancelled by {context.Name}", run.NextStep, who.ToString())
            .Update(r => r with { Attention = $"cancelled by {context.Name}" })
            .Fire(RunAction.Cancel, $"cancelled by {context.Name}");
        await gates.VoidOpenAsync(change, cancellationToken);
        return context.Commit($"run cancelled by {context.Name}", change);
    }
}
