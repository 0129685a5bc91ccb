using CertBot.Engine.Configuration;
using CertBot.Engine.Nodes;
using CertBot.Engine.Planning;
using CertBot.Engine.Renewal.Authorities;
using CertBot.Engine.Runs;
using CertBot.Engine.Signals;
using CertBot.Engine.Storage;
using Microsoft.Extensions.Logging;

namespace CertBot.Engine.Execution;

/// <summary>
/// Executes approved runs step by step. The host runs <see cref="RunAsync"/> as a background service; the
/// command line calls <see cref="RecoverAsync"/> and <see cref="RunUntilIdleAsync"/>. Every move is
/// committed with its journal lines and progress events before the next one, so a crash loses nothing.
/// </summary>
public sealed class Runner(
    EngineOptions options,
    IEngineStore store,
    Planner planner,
    INodePort port,
    TimeProvider time,
    ILogger<Runner> logger,
    ISecretSource secrets,
    WakeUp work,
    IBulkDirectory? bulkDirectory = null,
    CertificateAuthorities? authorities = null)
{
    private readonly StepExecutors executors = new();
    private readonly AutomaticSigning signing = new(options, authorities ?? new CertificateAuthorities(), logger);

    /// <summary>Who this worker is in the run leases: host, process and a random part, unique per runner.</summary>
    public string WorkerId { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>
    /// Every run whose step was in flight and whose worker's lease has expired (or was given back) becomes
    /// <see cref="RunState.Interrupted"/> at that step. A step another live instance is executing is left alone.
    /// Nothing is re-executed until someone decides (retry, skip, abort). Runs at start and on every pass, so
    /// the runs of an instance that died are offered for recovery about one lease time later.
    /// </summary>
    /// <returns>How many runs were interrupted.</returns>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var run in await store.ListAsync([RunState.Running], int.MaxValue, cancellationToken))
        {
            if (!InFlight(run))
            {
                continue; // approved and queued, nothing was in flight: the runner simply goes on.
            }

            await using var lease = await RunLease.TryTakeAsync(store, run.Id, WorkerId, time, options.LeaseTime, cancellationToken);
            if (lease is not null && await InterruptAsync(run.Id, lease, cancellationToken))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Cancels the runs whose gate expired (the card loses its buttons through the event).</summary>
    public async Task<int> ExpireGatesAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var gate in await store.ExpiredGatesAsync(time.GetUtcNow(), cancellationToken))
        {
            var run = await store.GetAsync(gate.RunId, cancellationToken);
            if (run is not { State: RunState.AwaitingApproval } || !gate.HasExpired(run, time.GetUtcNow()))
            {
                continue; // after the first change a gate never cancels the run: GateReminders reminds instead.
            }

            var change = new RunChange(run, time.GetUtcNow())
                .Gate(gate.Decide(GateState.Expired, null, time.GetUtcNow()))
                .Journal(JournalKind.Expired, $"gate '{gate.Title}' expired at {gate.ExpiresAt:yyyy-MM-dd HH:mm} UTC without a decision: run cancelled", gate.StepIndex)
                .Update(r => r with { Attention = "the approval gate expired" })
                .Fire(RunAction.Expire, "the approval gate expired");
            try
            {
                await store.CommitAsync(change.ToUpdate(), cancellationToken);
                Log.GateExpired(logger, run.Id, gate.Id);
                count++;
            }
            catch (RunConflictException)
            {
                // Decided at the same moment: the decision stands, the next pass sees the gate closed.
            }
        }

        return count;
    }

    /// <summary>One pass: expire gates, then work on every running run until it waits, ends or needs attention.</summary>
    /// <returns>Whether any run was worked on.</returns>
    public Task<bool> WorkOnceAsync(CancellationToken cancellationToken) => WorkOnceAsync(cancellationToken, cancellationToken);

    /// <param name="stopClaiming">When it fires, no further run or step is taken on; the step running goes on.</param>
    private async Task<bool> WorkOnceAsync(CancellationToken stopClaiming, CancellationToken cancellationToken)
    {
        await ExpireGatesAsync(cancellationToken);
        await new GateReminders(options, store, time).RemindAsync(cancellationToken);
        var worked = await RecoverAsync(cancellationToken) > 0;
        var running = await store.ListAsync([RunState.Running], 100, cancellationToken);
        foreach (var run in running.TakeWhile(_ => !stopClaiming.IsCancellationRequested))
        {
            // Claimed first: a run another live instance works on is skipped, and its cluster stays with it.
            await using var lease = await RunLease.TryTakeAsync(store, run.Id, WorkerId, time, options.LeaseTime, cancellationToken);
            if (lease is null)
            {
                continue;
            }

            try
            {
                var execution = new RunExecution(options, store, planner, port, time, logger, secrets, bulkDirectory, executors, lease, signing);
                worked |= await execution.ExecuteAsync(stopClaiming, cancellationToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // Every run is isolated: whatever escaped pauses this run with the reason, and the runs after it go on.
                worked |= await RunPause.PauseAsync(store, run.Id, lease, failure, time, logger, cancellationToken);
            }
        }

        return worked;
    }

    private static bool InFlight(Run run) => run.CurrentStep is { } step && run.Steps[step.Index].Status == StepStatus.Running;

    private async Task<bool> InterruptAsync(Guid runId, RunLease lease, CancellationToken cancellationToken)
    {
        // Read again under the lease: the step may have finished between the listing and the claim.
        var run = await store.GetAsync(runId, cancellationToken);
        if (run is not { State: RunState.Running } || !InFlight(run))
        {
            return false;
        }

        try
        {
            await store.CommitAsync(Interruption.Of(run, run.CurrentStep!, time.GetUtcNow()).ToUpdate() with { LeaseOwner = lease.Owner }, cancellationToken);
        }
        catch (RunConflictException)
        {
            return false; // decided meanwhile: the next pass looks again.
        }

        Log.Interrupted(logger, run.Id, run.CurrentStep!.Index + 1);
        return true;
    }

    /// <summary>Works until no run can go on without a person (the command line's <c>work --until-idle</c>).</summary>
    public async Task RunUntilIdleAsync(CancellationToken cancellationToken)
    {
        while (await WorkOnceAsync(cancellationToken))
        {
        }
    }

    /// <summary>
    /// Recovers, then works whenever a decision in this process wakes it, and at least every
    /// <paramref name="pollInterval"/> (decisions made by another process, expiring gates), until
    /// <paramref name="stoppingToken"/> fires. Then no new run or step is taken on, the running step may finish
    /// for <see cref="EngineOptions.ShutdownGrace"/>, and the leases are given back so the runs go on elsewhere;
    /// a step cut off after the grace is found Interrupted by the next worker.
    /// </summary>
    public async Task RunAsync(TimeSpan pollInterval, CancellationToken stoppingToken)
    {
        using var hardStop = new CancellationTokenSource();
        await using var grace = stoppingToken.Register(() => hardStop.CancelAfter(options.ShutdownGrace));
        await RecoverAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Armed before the pass: a decision committed while the pass works wakes the next one.
                var woken = work.Next;
                while (await WorkOnceAsync(stoppingToken, hardStop.Token) && !stoppingToken.IsCancellationRequested)
                {
                }

                await WakeUp.WaitAsync(woken, pollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // A store outage must not end the service; the runs stay as committed.
                Log.PassFailed(logger, exception);
                await Task.Delay(pollInterval, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
