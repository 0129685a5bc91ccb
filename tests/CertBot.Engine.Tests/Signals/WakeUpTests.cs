using CertBot.Engine.Signals;

namespace CertBot.Engine.Tests.Signals;

public sealed class WakeUpTests
{
    [Fact]
    public async Task PulseWhileTheLoopWorks_IsNotLost()
    {
        var wakeUp = new WakeUp();
        var armed = wakeUp.Next; // taken before the pass

        wakeUp.Pulse(); // a decision during the pass

        Assert.True(await WakeUp.WaitAsync(armed, TimeSpan.FromHours(1), TimeProvider.System, default));
    }

    [Fact]
    public async Task Pulse_WakesEveryWaiter_AndArmsANewTask()
    {
        var wakeUp = new WakeUp();
        var first = wakeUp.Next;
        var second = WakeUp.WaitAsync(wakeUp.Next, TimeSpan.FromHours(1), TimeProvider.System, default);

        wakeUp.Pulse();

        Assert.True(await WakeUp.WaitAsync(first, TimeSpan.FromHours(1), TimeProvider.System, default));
        Assert.True(await second);
        Assert.False(wakeUp.Next.IsCompleted);
    }

    [Fact]
    public async Task WithoutAPulse_TheFallbackIntervalEndsTheWait()
    {
        var wakeUp = new WakeUp();

        Assert.False(await WakeUp.WaitAsync(wakeUp.Next, TimeSpan.FromMilliseconds(1), TimeProvider.System, default));
    }

    [Fact]
    public async Task Stopping_EndsTheWait_WithCancellation()
    {
        var wakeUp = new WakeUp();
        using var stop = new CancellationTokenSource();
        var wait = WakeUp.WaitAsync(wakeUp.Next, TimeSpan.FromHours(1), TimeProvider.System, stop.Token);

        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
    }
}
