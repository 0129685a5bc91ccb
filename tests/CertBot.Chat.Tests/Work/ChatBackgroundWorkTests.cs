using CertBot.Chat.Work;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertBot.Chat.Tests.Work;

public sealed class ChatBackgroundWorkTests
{
    [Fact]
    public async Task BusyNotices_GoOutWithoutBeingWaitedFor_AtMostTheLaneAtOnce_NoneLeftOut()
    {
        using var queue = Queue(capacity: 1, workers: 1);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = 0;
        var sent = 0;
        var watch = System.Diagnostics.Stopwatch.StartNew();

        for (var i = 0; i < ChatBackgroundWork.BusyNoticeLane + 3; i++)
        {
            queue.NotifyBusy("p", async _ =>
            {
                Interlocked.Increment(ref started);
                await release.Task;
                Interlocked.Increment(ref sent);
            });
        }

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"NotifyBusy held its caller {watch.Elapsed}");
        var lanesFull = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (Volatile.Read(ref started) < ChatBackgroundWork.BusyNoticeLane && DateTime.UtcNow < lanesFull)
        {
            await Task.Delay(20);
        }

        await Task.Delay(200);
        Assert.Equal(ChatBackgroundWork.BusyNoticeLane, Volatile.Read(ref started));
        release.SetResult();
        await queue.IdleAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(ChatBackgroundWork.BusyNoticeLane + 3, sent);
    }

    [Fact]
    public async Task Full_RefusesWorkInsteadOfWaitingOrDropping_AndTakesAgainOnceItDrains()
    {
        using var queue = Queue(capacity: 2, workers: 1);
        await queue.StartAsync(default);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ran = 0;
        Assert.True(queue.TryEnqueue(new ChatWork("hold", "p", async _ =>
        {
            started.SetResult();
            await release.Task;
        })));
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(queue.TryEnqueue(Count("a")));
        Assert.True(queue.TryEnqueue(Count("b")));
        Assert.False(queue.TryEnqueue(Count("refused")));

        release.SetResult();
        await queue.IdleAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, ran);
        Assert.True(queue.TryEnqueue(Count("later")));
        await queue.IdleAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(3, ran);
        await queue.StopAsync(default);

        ChatWork Count(string kind) => new(kind, "p", _ =>
        {
            Interlocked.Increment(ref ran);
            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task AFailingPiece_DoesNotStopTheWorker()
    {
        using var queue = Queue(capacity: 4, workers: 1);
        await queue.StartAsync(default);
        var after = false;

        Assert.True(queue.TryEnqueue(new ChatWork("boom", "p", _ => throw new InvalidOperationException("boom"))));
        Assert.True(queue.TryEnqueue(new ChatWork("after", "p", _ =>
        {
            after = true;
            return Task.CompletedTask;
        })));

        await queue.IdleAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(after);
        await queue.StopAsync(default);
    }

    [Fact]
    public async Task Workers_BoundHowManyRunAtOnce()
    {
        using var queue = Queue(capacity: 16, workers: 2);
        await queue.StartAsync(default);
        var running = 0;
        var most = 0;
        for (var i = 0; i < 8; i++)
        {
            Assert.True(queue.TryEnqueue(new ChatWork("w", "p", async token =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref most, now);
                await Task.Delay(20, token);
                Interlocked.Decrement(ref running);
            })));
        }

        await queue.IdleAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, most);
        await queue.StopAsync(default);
    }

    [Fact]
    public async Task Stopping_CancelsWhatRuns_AndEndsWhatWaits()
    {
        using var queue = Queue(capacity: 4, workers: 1);
        await queue.StartAsync(default);
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var waitingRan = false;
        Assert.True(queue.TryEnqueue(new ChatWork("long", "p", async token =>
        {
            using var registration = token.Register(() => cancelled.TrySetResult());
            started.SetResult();
            await Task.Delay(Timeout.Infinite, token);
        })));
        Assert.True(queue.TryEnqueue(new ChatWork("waiting", "p", _ =>
        {
            waitingRan = true;
            return Task.CompletedTask;
        })));

        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await queue.StopAsync(default);

        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await queue.IdleAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(waitingRan);
    }

    private static ChatBackgroundWork Queue(int capacity, int workers) =>
        new(new ChatOptions { WorkQueueCapacity = capacity, Workers = workers }, NullLogger<ChatBackgroundWork>.Instance);

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
