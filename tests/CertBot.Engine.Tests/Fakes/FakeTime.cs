namespace CertBot.Engine.Tests.Fakes;

/// <summary>A clock the test moves by hand. Timers still run on real time; the test can see each one created.</summary>
public sealed class FakeTime(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    /// <summary>Told the due time of every timer created (a loop going to sleep for its poll interval).</summary>
    public Action<TimeSpan>? TimerCreated { get; set; }

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        TimerCreated?.Invoke(dueTime);
        return base.CreateTimer(callback, state, dueTime, period);
    }
}
