using CertBot.Engine.Runs;
using CertBot.Engine.Storage;
using Microsoft.Extensions.Logging;

namespace CertBot.Engine.Execution;

/// <summary>
/// An unexpected failure while working on one run (outside a step, which pauses by itself): the run pauses with
/// the reason in its thread and journal, instead of being tried again on every pass while the runs after it wait.
/// </summary>
internal static class RunPause
{
    /// <returns>Whether the run was paused.</returns>
    public static async Task<bool> PauseAsync(IEngineStore store, Guid runId, RunLease lease, Exception failure, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        var why = $"an unexpected failure stopped the work on this run ({failure.GetType().Name}: {failure.Message})";
        Log.RunFailed(logger, runId, failure);
        try
        {
            var run = await store.GetAsync(runId, cancellationToken);
            if (run is not { State: RunState.Running })
            {
                return false;
            }

            var change = new RunChange(run, time.GetUtcNow())
                .Journal(JournalKind.StepFailed, why + "; nothing else was done", run.NextStep)
                .Update(r => r with { Cause = PauseCause.StepFailed, Attention = why + "; retry or abort" })
                .Fire(RunAction.Fail, why);
            await store.CommitAsync(change.ToUpdate() with { LeaseOwner = lease.Owner }, cancellationToken);
            return true;
        }
        catch (Exception again) when (again is not OperationCanceledException)
        {
            // The store itself fails: the run stays as committed and the next pass tries again.
            Log.PassFailed(logger, again);
            return false;
        }
    }
}
