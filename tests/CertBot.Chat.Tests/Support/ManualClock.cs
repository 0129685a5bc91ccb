namespace CertBot.Chat.Tests.Support;

/// <summary>A clock the test sets; timers and elapsed time stay real.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
