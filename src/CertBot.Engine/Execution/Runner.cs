using CertBot.Engine.Configuration;
using CertBot.Engine.Nodes;
using CertBot.Engine.Planning;
using CertBot.Engine.Runs;
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
    IBulkDirectory? bulkDirectory = null)
{
    private readonly StepExecutors executors = new();

    /// <summary>
    /// On start: every run whose step was in flight becomes <see cref="RunState.Interrupted"/> at that step.
    /// Nothing is re-executed until someone decides (retry, skip, abort). Call before any other work.
    /// </summary>
    /// <returns>How many runs were interrupted.</returns>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var run in await store.ListAsync([RunState.Running], int.MaxValue, cancellationToken))
        {
            if (run.CurrentStep is not { } step || run.Steps[step.Index].Status != StepStatus.Running)
            {
                continue; // approved and queued, nothing was in flight: the runner simply goes on.
            }

            var change = new RunChange(run, time.GetUtcNow())
                .Journal(JournalKind.Interrupted, $"the process stopped while step {step.Index + 1} ({step.Title}) ran: whether it took effect is unknown; retry, skip or abort", step.Index)
                .Update(r => r.WithStep(r.Steps[step.Index] with { Detail = "interrupted: the process stopped while it ran" }) with
                {
                    Cause = PauseCause.Interrupted,
                    Attention = $"interrupted at step {step.Index + 1}: {step.Title}",
                })
                .Fire(RunAction.Interrupt, $"interrupted at step {step.Index + 1}: {step.Title}");
            await store.CommitAsync(change.ToUpdate(), cancellationToken);
            Log.Interrupted(logger, run.Id, step.Index + 1);
            count++;
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
            if (run is not { State: RunState.AwaitingApproval })
            {
                continue;
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
    public async Task<bool> WorkOnceAsync(CancellationToken cancellationToken)
    {
        await ExpireGatesAsync(cancellationToken);
        var running = await store.ListAsync([RunState.Running], 100, cancellationToken);
        var worked = false;
        foreach (var run in running)
        {
            var execution = new RunExecution(options, store, planner, port, time, logger, secrets, bulkDirectory, executors);
            worked |= await execution.ExecuteAsync(run.Id, cancellationToken);
        }

        return worked;
    }

    /// <summary>Works until no run can go on without a person (the command line's <c>work --until-idle</c>).</summary>
    public async Task RunUntilIdleAsync(CancellationToken cancellationToken)
    {
        while (await WorkOnceAsync(cancellationToken))
        {
        }
    }

    /// <summary>Recovers, then polls until <paramref name="stoppingToken"/> fires. A step in flight at that moment is found Interrupted on the next start.</summary>
    public async Task RunAsync(TimeSpan pollInterval, CancellationToken stoppingToken)
    {
        await RecoverAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunUntilIdleAsync(stoppingToken);
                await Task.Delay(pollInterval, time, stoppingToken);
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
