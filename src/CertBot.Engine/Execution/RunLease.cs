using CertBot.Engine.Storage;

namespace CertBot.Engine.Execution;

/// <summary>
/// This worker's claim on one run (<see cref="IRunLeaseStore"/>), renewed every third of the lease time while the
/// worker holds it, so a step of twenty minutes keeps its run; given back when the work on the run ends, so
/// another instance may go on at once. A worker killed outright gives nothing back: its lease simply expires.
/// </summary>
internal sealed class RunLease : IAsyncDisposable
{
    private readonly IRunLeaseStore store;
    private readonly TimeProvider time;
    private readonly TimeSpan length;
    private readonly CancellationTokenSource stop = new();
    private readonly Task renewals;

    private RunLease(IRunLeaseStore store, Guid runId, string owner, TimeProvider time, TimeSpan length)
    {
        this.store = store;
        this.time = time;
        this.length = length;
        RunId = runId;
        Owner = owner;
        renewals = RenewAsync();
    }

    public Guid RunId { get; }

    public string Owner { get; }

    /// <summary>Set once a renewal found the lease taken over: nothing more is committed for this run.</summary>
    public bool Lost { get; private set; }

    /// <summary>The lease on <paramref name="runId"/>, or null while another worker holds a live one.</summary>
    public static async Task<RunLease?> TryTakeAsync(IRunLeaseStore store, Guid runId, string owner, TimeProvider time, TimeSpan length, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await store.TryClaimAsync(runId, owner, now, now + length, cancellationToken)
            ? new RunLease(store, runId, owner, time, length)
            : null;
    }

    /// <summary>Whether the lease is still this worker's (renews it on the way).</summary>
    public async Task<bool> HeldAsync()
    {
        Lost |= !await store.RenewAsync(RunId, Owner, time.GetUtcNow() + length, CancellationToken.None);
        return !Lost;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await renewals;
        stop.Dispose();
        if (!Lost)
        {
            await store.ReleaseAsync(RunId, Owner, CancellationToken.None);
        }
    }

    private async Task RenewAsync()
    {
        try
        {
            while (!Lost)
            {
                await Task.Delay(length / 3, time, stop.Token);
                await HeldAsync();
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The work on the run ended.
        }
        catch (Exception)
        {
            // A store outage: the lease runs out by itself, and the outcome commit (which checks the lease)
            // decides whether this worker still owns the run.
        }
    }
}
