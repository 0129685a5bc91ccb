using CertBot.Engine.Procedures;
using CertBot.Engine.Runs;

namespace CertBot.Engine.Tests.Runs;

/// <summary>
/// The runner sleeps for its poll interval between passes; a decision in the same process wakes it at once.
/// The poll interval here is an hour: only the wake-up can make the runner work within the test.
/// </summary>
public sealed class RunnerWakeUpTests
{
    private static readonly TimeSpan Poll = TimeSpan.FromHours(1);

    // Only a guard against a hang: the assertions wait on events, never on elapsed time.
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    private readonly EngineHarness harness = new();

    [Fact]
    public async Task Approval_WakesTheSleepingRunner_WithoutWaitingForThePoll()
    {
        var id = await harness.RequestAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat));
        var sleeps = new SleepCounter();
        harness.Time.TimerCreated = due => sleeps.Saw(due == Poll);
        using var stop = new CancellationTokenSource();
        var loop = harness.Engine.Runner.RunAsync(Poll, stop.Token);
        await sleeps.WaitForAsync(1).WaitAsync(Guard); // first pass done: nothing to do, asleep for an hour

        Assert.True((await harness.ApproveAsync(id, EngineHarness.Bob)).Changed);
        await sleeps.WaitForAsync(2).WaitAsync(Guard); // woken, worked, asleep again

        var run = await harness.RunAsync(id);
        Assert.Equal(RunState.AwaitingApproval, run.State);
        Assert.Equal(GateKind.Confirmation, (await harness.OpenGateAsync(id)).Kind);
        await stop.CancelAsync();
        await loop;
    }

    [Fact]
    public async Task Refusal_LeavesTheRunnerAsleep()
    {
        var id = await harness.RequestAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat));
        var sleeps = new SleepCounter();
        harness.Time.TimerCreated = due => sleeps.Saw(due == Poll);
        using var stop = new CancellationTokenSource();
        var loop = harness.Engine.Runner.RunAsync(Poll, stop.Token);
        await sleeps.WaitForAsync(1).WaitAsync(Guard);
        var armed = harness.Engine.Signals.Work.Next;

        Assert.Equal(AnswerKind.Refused, (await harness.ApproveAsync(id, EngineHarness.Alice)).Kind);

        Assert.False(armed.IsCompleted);
        Assert.Equal(1, sleeps.Count);
        await stop.CancelAsync();
        await loop;
    }

    /// <summary>Counts the runner's sleeps of one poll interval and lets the test wait for the n-th.</summary>
    private sealed class SleepCounter
    {
        private readonly Lock gate = new();
        private readonly List<(int Count, TaskCompletionSource Reached)> waiters = [];

        public int Count { get; private set; }

        public void Saw(bool isPoll)
        {
            if (!isPoll)
            {
                return;
            }

            lock (gate)
            {
                Count++;
                foreach (var waiter in waiters.Where(w => w.Count <= Count))
                {
                    waiter.Reached.TrySetResult();
                }
            }
        }

        public Task WaitForAsync(int count)
        {
            lock (gate)
            {
                var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                if (Count >= count)
                {
                    reached.SetResult();
                }

                waiters.Add((count, reached));
                return reached.Task;
            }
        }
    }
}
