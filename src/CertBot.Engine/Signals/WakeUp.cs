namespace CertBot.Engine.Signals;

/// <summary>
/// An in-process wake-up for a loop that otherwise polls: a writer pulses it after a commit, and every loop
/// waiting on it goes on at once instead of at its next poll. Polling stays as the fallback, because a
/// decision made by another process (the command line beside the host) cannot pulse this one.
/// </summary>
/// <remarks>
/// A loop takes <see cref="Next"/> <em>before</em> it looks for work and waits on that task afterwards, so a
/// pulse that comes while it works is not lost: the task is already complete and the loop looks again.
/// Every waiter is woken (the benchmark and the delivery service may both watch progress).
/// </remarks>
public sealed class WakeUp
{
    private TaskCompletionSource next = NewSource();

    /// <summary>A task that completes at the next <see cref="Pulse"/>.</summary>
    public Task Next => Volatile.Read(ref next).Task;

    /// <summary>Wakes every loop waiting on a task taken from <see cref="Next"/> before now.</summary>
    public void Pulse() => Interlocked.Exchange(ref next, NewSource()).TrySetResult();

    /// <summary>Waits until <paramref name="armed"/> (taken from <see cref="Next"/>) completes or <paramref name="fallback"/> passes.</summary>
    /// <returns>True when a pulse woke the loop, false when the fallback interval passed.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired.</exception>
    public static async Task<bool> WaitAsync(Task armed, TimeSpan fallback, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(armed);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(fallback, time, stop.Token);
        await Task.WhenAny(armed, delay);
        await stop.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        return armed.IsCompleted;
    }

    // Continuations run on the pool: a pulse from inside a commit must not run the woken loop on the writer's stack.
    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
