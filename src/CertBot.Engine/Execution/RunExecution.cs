using CertBot.Engine.Configuration;
using CertBot.Engine.Nodes;
using CertBot.Engine.Planning;
using CertBot.Engine.Runs;
using CertBot.Engine.Storage;
using Microsoft.Extensions.Logging;

namespace CertBot.Engine.Execution;

/// <summary>
/// Works on one run from where it stands until it waits for a person, needs attention or ends: one session
/// per node for the whole stretch, each step's start committed before it runs and its verified outcome after.
/// Every commit is made under this worker's <see cref="RunLease"/>: once it was taken over, nothing more lands.
/// </summary>
internal sealed class RunExecution(
    EngineOptions options,
    IEngineStore store,
    Planner planner,
    INodePort port,
    TimeProvider time,
    ILogger logger,
    ISecretSource secrets,
    IBulkDirectory? bulkDirectory,
    StepExecutors executors,
    RunLease lease,
    AutomaticSigning signing)
{
    private readonly SecretMasker masker = new();

    /// <returns>Whether anything was committed.</returns>
    /// <param name="stopClaiming">When it fires (the host stops), no further step is started.</param>
    public async Task<bool> ExecuteAsync(CancellationToken stopClaiming, CancellationToken cancellationToken)
    {
        var runId = lease.RunId;
        await using var sessions = new RunSessions(port);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["RunId"] = runId });
        var worked = false;
        while (true)
        {
            var run = await store.GetAsync(runId, cancellationToken);
            if (run is not { State: RunState.Running } || lease.Lost || stopClaiming.IsCancellationRequested)
            {
                return worked;
            }

            if (run.CurrentStep is { } inFlight && run.Steps[inFlight.Index].Status == StepStatus.Running)
            {
                return worked; // its worker stopped: recovery (which holds this same lease now) decides on the next pass.
            }

            var change = await NextMoveAsync(run, sessions, cancellationToken);
            if (change is null)
            {
                worked |= await RunStepAsync(run, sessions, cancellationToken);
                continue;
            }

            try
            {
                var stored = await store.CommitAsync(change.ToUpdate() with { LeaseOwner = lease.Owner }, cancellationToken);
                worked = true;
                if (stored.State != RunState.Running)
                {
                    Log.StateReached(logger, stored.Id, stored.State);
                }
            }
            catch (RunConflictException)
            {
                // Someone decided meanwhile (cancel, a second worker): look again.
            }
        }
    }

    /// <summary>Everything that happens between steps; null when the current step is to be executed.</summary>
    private async Task<RunChange?> NextMoveAsync(Run run, RunSessions sessions, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var change = new RunChange(run, now);
        if (run.CancelRequested)
        {
            return change.Journal(JournalKind.Cancelled, $"cancelled at the boundary before step {run.NextStep + 1}", run.NextStep)
                .Update(r => r with { Attention = "cancelled" })
                .Fire(RunAction.StopAtBoundary, "cancelled at a step boundary");
        }

        // A plan that cannot run (drift swapped in a blocked or empty one) is never executed nor completed:
        // each retry plans again from live state, and only a runnable plan goes on, through a new approval.
        if (PlanRecheck.NotRunnable(run.Plan) is not null || (run.CurrentStep is { Changes: true } && !run.Rechecked))
        {
            try
            {
                return await new PlanRecheck(planner, store, logger, options.GateExpiry).RecheckAsync(change, sessions, cancellationToken);
            }
            catch (NodeException failure)
            {
                // Without live facts the plan cannot be confirmed, so nothing changes; Retry re-checks.
                var why = $"the plan could not be re-checked before the first change: {failure.Message}";
                return new RunChange(run, now)
                    .Journal(JournalKind.StepFailed, why, run.NextStep, command: masker.Apply(failure.Command), output: masker.Apply(failure.OutputTail))
                    .Update(r => r with { Cause = PauseCause.StepFailed, Attention = why + "; retry or abort" })
                    .Fire(RunAction.Fail, why);
            }
        }

        if (run.CurrentStep is not { } step)
        {
            return change.Journal(JournalKind.Succeeded, "every step done and verified")
                .Update(r => r with { Attention = null })
                .Fire(RunAction.Complete, "succeeded");
        }

        if (step.WaitsForPerson)
        {
            change.Fire(RunAction.ReachGate, step.Title);
            var gate = GateOpener.Open(change, step.Index, options.GateExpiry);
            return gate.Kind == GateKind.Certificate ? await signing.AskAsync(change, gate, cancellationToken) : change;
        }

        if (step.ServiceImpacting && !run.WindowOverride && MaintenanceWindows.FirstClosed(options, run.Request.Clusters, now) is { } closed)
        {
            var why = $"step {step.Index + 1} ({step.Title}) is service-impacting and the maintenance window of {closed.Name} is closed ({MaintenanceWindows.Describe(closed)})";
            return change.Journal(JournalKind.WindowHold, why + ": held", step.Index)
                .Update(r => r with { Cause = PauseCause.OutsideWindow, Attention = why + "; an approver may override, or retry inside the window" })
                .Fire(RunAction.HoldForWindow, why);
        }

        return null;
    }

    /// <summary>Commits the start, executes and verifies, commits the outcome. False when another writer got there first.</summary>
    private async Task<bool> RunStepAsync(Run run, RunSessions sessions, CancellationToken cancellationToken)
    {
        var step = run.CurrentStep!;
        var startedAt = time.GetUtcNow();
        var start = new RunChange(run, startedAt)
            .Update(r => r.WithStep(r.Steps[step.Index] with { Status = StepStatus.Running, Attempts = r.Steps[step.Index].Attempts + 1, StartedAt = startedAt, EndedAt = null, Detail = null }))
            .Journal(JournalKind.StepStarted, $"step {step.Index + 1} started: {step.Title}", step.Index, command: masker.Apply(step.Intent))
            .Event(ProgressKind.StepStarted, step.Title, step.Index);
        try
        {
            run = await store.CommitAsync(start.ToUpdate() with { LeaseOwner = lease.Owner }, cancellationToken);
        }
        catch (RunConflictException)
        {
            return false;
        }

        Log.StepStarted(logger, run.Id, step.Index + 1, step.Title);
        var context = new StepContext(step, sessions, options, secrets, bulkDirectory, masker) { Attempt = run.Steps[step.Index].Attempts, Plan = run.Plan, Renewal = run.RenewalOrEmpty };
        Func<Run, RunChange> outcome;
        try
        {
            var result = await executors.For(step.Kind).ExecuteAsync(context, cancellationToken);
            Log.StepSucceeded(logger, run.Id, step.Index + 1, masker.Apply(result.Detail)!);
            outcome = current => Succeeded(result.Csr is null ? current : current with { Renewal = current.RenewalOrEmpty.WithCsr(step.Node!.Name, result.Csr) }, step, masker.Apply(result.Detail)!,
                result.Changes);
        }
        catch (NodeException failure)
        {
            if (step.Node is { } node)
            {
                await sessions.DropAsync(node);
            }

            outcome = current => Failed(current, step, failure.Message, failure.Command, failure.OutputTail);
        }
        catch (StepVerificationException failure)
        {
            outcome = current => Failed(current, step, failure.Message, null, null);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // An adapter bug or a configuration fault: the run pauses like any failure instead of hanging in
            // Running. A cancellation (the host stopping) is left alone: the step stays in flight and the
            // next start finds the run Interrupted.
            outcome = current => Failed(current, step, $"{failure.GetType().Name}: {failure.Message}", null, null);
        }

        await CommitOutcomeAsync(run, step, outcome, cancellationToken);
        return true;
    }

    private RunChange Succeeded(Run run, PlanStep step, string detail, IReadOnlyList<NodeChange> changes)
    {
        var now = time.GetUtcNow();
        return new RunChange(run, now)
            .Update(r => r.WithStep(r.Steps[step.Index] with { Status = StepStatus.Succeeded, EndedAt = now, Detail = detail }) with { NextStep = step.Index + 1 })
            .Journal(JournalKind.StepSucceeded, $"step {step.Index + 1} verified: {detail}", step.Index, changes: changes)
            .Event(ProgressKind.StepFinished, detail, step.Index);
    }

    private RunChange Failed(Run run, PlanStep step, string reason, string? command, string? outputTail)
    {
        var now = time.GetUtcNow();
        var why = masker.Apply(reason)!;
        Log.StepFailed(logger, run.Id, step.Index + 1, step.Node?.Name ?? "-", why);
        return new RunChange(run, now)
            .Update(r => r.WithStep(r.Steps[step.Index] with { Status = StepStatus.Failed, EndedAt = now, Detail = why }) with
            {
                Cause = PauseCause.StepFailed,
                Attention = $"step {step.Index + 1} ({step.Title}) failed: {why}; retry, skip (approver) or abort",
            })
            .Journal(JournalKind.StepFailed, $"step {step.Index + 1} failed: {why}", step.Index,
                command: masker.Apply(command ?? step.Intent), output: masker.Apply(outputTail))
            .Fire(RunAction.Fail, $"step {step.Index + 1} failed: {why}");
    }

    /// <summary>The outcome lands even if a cancel was recorded meanwhile (re-read, apply again), but only while this
    /// worker holds the run: once another recovered it, that decision stands and the journal says what was seen.</summary>
    private async Task CommitOutcomeAsync(Run run, PlanStep step, Func<Run, RunChange> outcome, CancellationToken cancellationToken)
    {
        var attempt = run.Steps[step.Index].Attempts;
        while (true)
        {
            try
            {
                await store.CommitAsync(outcome(run).ToUpdate() with { LeaseOwner = lease.Owner }, CancellationToken.None);
                return;
            }
            catch (RunConflictException)
            {
                run = await store.GetAsync(run.Id, CancellationToken.None) ?? throw new InvalidOperationException($"run {run.Id} vanished");
                if (run.State != RunState.Running || run.Steps[step.Index] is not { Status: StepStatus.Running } now || now.Attempts != attempt
                    || !await lease.HeldAsync())
                {
                    await JournalLostAsync(run, step, outcome(run));
                    return;
                }
            }
        }
    }

    private async Task JournalLostAsync(Run run, PlanStep step, RunChange discarded)
    {
        Log.LeaseLost(logger, run.Id, step.Index + 1);
        var succeeded = discarded.Run.Steps[step.Index].Status == StepStatus.Succeeded;
        for (var tries = 0; tries < 5; tries++)
        {
            try
            {
                await store.CommitAsync(Interruption.LostOutcome(run, step, succeeded, time.GetUtcNow()).ToUpdate(), CancellationToken.None);
                return;
            }
            catch (RunConflictException)
            {
                run = await store.GetAsync(run.Id, CancellationToken.None) ?? run;
            }
        }
    }
}
