using CertBot.Engine.Runs;

namespace CertBot.Testing;

/// <summary>
/// Drives a run from a chat front to its end: while the run is not final, the front's own <c>decideNext</c> decides
/// the next gate or manual step the bot asked about (a click in Slack, a card action in Teams), every 100 ms.
/// </summary>
public static class GateDecider
{
    /// <exception cref="TimeoutException">The run did not end within <paramref name="timeout"/>; says what it waits for.</exception>
    public static async Task<RunState> DecideUntilTheEndAsync(RunService runs, Guid run, TimeSpan timeout, Func<Task> decideNext)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(decideNext);
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (DateTimeOffset.UtcNow < deadline)
        {
            var state = (await runs.ShowAsync(run, default))!.Run.State;
            if (RunLifecycle.IsFinal(state))
            {
                return state;
            }

            await decideNext();
            await Task.Delay(100);
        }

        throw new TimeoutException($"run {run} did not end: {(await runs.ShowAsync(run, default))!.Run.Attention}");
    }
}
