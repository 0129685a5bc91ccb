namespace CertBot.Engine.Runs;

/// <summary>Decisions on a run that needs attention (failed step, interrupted, outside the window) and on stopping it.</summary>
public sealed partial class RunService
{
    /// <summary>Runs the failed or interrupted step again (requester or approver).</summary>
    public Task<RunAnswer> RetryAsync(Guid runId, string principal, CancellationToken cancellationToken = default) =>
        DecideAsync(runId, principal, (run, who) =>
        {
            if (RunLifecycle.Next(run.State, RunAction.Retry) is null)
            {
                return Done(RunAnswer.NotAllowed(RunAction.Retry, run));
            }

            if (policy.RefuseOperator(run, who) is { } refusal)
            {
                return Done(RunAnswer.Of(AnswerKind.Refused, refusal, run));
            }

            var change = new RunChange(run, time.GetUtcNow())
                .Journal(JournalKind.Retried, $"retry of step {run.NextStep + 1} asked by {who}", run.NextStep, who.ToString())
                .Update(r => (r.CurrentStep is null ? r : r.WithStep(r.Steps[r.NextStep] with { Status = StepStatus.Pending })) with
                {
                    Cause = PauseCause.None,
                    Attention = null,
                })
                .Fire(RunAction.Retry, $"retry asked by {who}");
            return Task.FromResult((RunAnswer.Of(AnswerKind.Done, $"step {run.NextStep + 1} will run again", run), (RunChange?)change));
        }, cancellationToken);

    /// <summary>Skips the step the run stopped at and goes on with the next (an approver, never the requester).</summary>
    public Task<RunAnswer> SkipAsync(Guid runId, string principal, CancellationToken cancellationToken = default) =>
        DecideAsync(runId, principal, (run, who) =>
        {
            if (RunLifecycle.Next(run.State, RunAction.Skip) is null)
            {
                return Done(RunAnswer.NotAllowed(RunAction.Skip, run));
            }

            if (policy.RefuseApprover(run, who) is { } refusal)
            {
                return Done(RunAnswer.Of(AnswerKind.Refused, refusal + " (skip is an approver's decision)", run));
            }

            var now = time.GetUtcNow();
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
            return Task.FromResult((RunAnswer.Of(AnswerKind.Done, $"step {step + 1} skipped by {who}", run), (RunChange?)change));
        }, cancellationToken);

    /// <summary>Ends a run that needs attention as failed (requester or approver).</summary>
    public Task<RunAnswer> AbortAsync(Guid runId, string principal, CancellationToken cancellationToken = default) =>
        DecideAsync(runId, principal, async (run, who) =>
        {
            if (RunLifecycle.Next(run.State, RunAction.Abort) is null)
            {
                return (RunAnswer.NotAllowed(RunAction.Abort, run), null);
            }

            if (policy.RefuseOperator(run, who) is { } refusal)
            {
                return (RunAnswer.Of(AnswerKind.Refused, refusal, run), null);
            }

            var change = new RunChange(run, time.GetUtcNow())
                .Journal(JournalKind.Aborted, $"aborted by {who} at step {run.NextStep + 1}", run.NextStep, who.ToString())
                .Update(r => r with { Attention = $"aborted by {who}" })
                .Fire(RunAction.Abort, $"aborted by {who}");
            await VoidOpenGatesAsync(change, cancellationToken);
            return (RunAnswer.Of(AnswerKind.Done, $"run aborted by {who}", run), change);
        }, cancellationToken);

    /// <summary>
    /// Cancels the run: at once while it waits, at the next step boundary while a step runs (a running
    /// step is never cut off). Requester or approver.
    /// </summary>
    public Task<RunAnswer> CancelAsync(Guid runId, string principal, CancellationToken cancellationToken = default) =>
        DecideAsync(runId, principal, async (run, who) =>
        {
            if (RunLifecycle.Next(run.State, RunAction.Cancel) is null)
            {
                return (RunAnswer.NotAllowed(RunAction.Cancel, run), null);
            }

            if (policy.RefuseOperator(run, who) is { } refusal)
            {
                return (RunAnswer.Of(AnswerKind.Refused, refusal, run), null);
            }

            var change = new RunChange(run, time.GetUtcNow());
            if (run.State == RunState.Running)
            {
                if (run.CancelRequested)
                {
                    return (RunAnswer.Of(AnswerKind.Unchanged, "cancel was already asked: the run stops at the next step boundary", run), null);
                }

                change.Journal(JournalKind.CancelRequested, $"cancel asked by {who}: stops at the next step boundary", run.NextStep, who.ToString())
                    .Update(r => r with { CancelRequested = true })
                    .Fire(RunAction.Cancel, $"cancel asked by {who}")
                    .Event(ProgressKind.StateChanged, $"cancel asked by {who}: stops after the running step", run.NextStep);
                return (RunAnswer.Of(AnswerKind.Done, "cancel asked: the run stops at the next step boundary", run), change);
            }

            change.Journal(JournalKind.Cancelled, $"cancelled by {who}", run.NextStep, who.ToString())
                .Update(r => r with { Attention = $"cancelled by {who}" })
                .Fire(RunAction.Cancel, $"cancelled by {who}");
            await VoidOpenGatesAsync(change, cancellationToken);
            return (RunAnswer.Of(AnswerKind.Done, $"run cancelled by {who}", run), change);
        }, cancellationToken);

    /// <summary>Lets a run held by the maintenance window go on outside it (an approver, journaled).</summary>
    public Task<RunAnswer> OverrideWindowAsync(Guid runId, string principal, CancellationToken cancellationToken = default) =>
        DecideAsync(runId, principal, (run, who) =>
        {
            if (run.State != RunState.Paused || run.Cause != PauseCause.OutsideWindow)
            {
                return Done(run.State == RunState.Paused
                    ? RunAnswer.Of(AnswerKind.Refused, "the run is not held by the maintenance window", run)
                    : RunAnswer.NotAllowed(RunAction.OverrideWindow, run));
            }

            if (policy.RefuseApprover(run, who) is { } refusal)
            {
                return Done(RunAnswer.Of(AnswerKind.Refused, refusal, run));
            }

            var change = new RunChange(run, time.GetUtcNow())
                .Journal(JournalKind.WindowOverride, $"{who} allowed service-impacting steps outside the maintenance window", run.NextStep, who.ToString())
                .Update(r => r with { WindowOverride = true, Cause = PauseCause.None, Attention = null })
                .Fire(RunAction.OverrideWindow, $"maintenance window overridden by {who}");
            return Task.FromResult((RunAnswer.Of(AnswerKind.Done, $"maintenance window overridden by {who}", run), (RunChange?)change));
        }, cancellationToken);

    private static Task<(RunAnswer, RunChange?)> Done(RunAnswer answer) => Task.FromResult<(RunAnswer, RunChange?)>((answer, null));

    private async Task VoidOpenGatesAsync(RunChange change, CancellationToken cancellationToken)
    {
        foreach (var open in (await store.GatesOfAsync(change.Run.Id, cancellationToken)).Where(g => g.IsOpen))
        {
            change.Gate(open.Decide(GateState.Void, null, change.Now));
        }
    }
}
