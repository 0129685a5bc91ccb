using System.Globalization;

namespace CertBot.Host.Composition;

/// <summary>
/// A clock for end-to-end tests only (<c>CertBot:Testing:ClockFile</c>): the system's time plus the offset the file
/// holds (<c>d.hh:mm:ss</c>, e.g. <c>1650.00:00:00</c>; empty or missing is no offset), read again whenever the
/// file changes, so a test moves the host's "now" (certificates cross expiry thresholds) without waiting. Timers and
/// elapsed time stay real. Refused at start unless Teams authentication is off, which only ever listens on loopback
/// (<see cref="HostConfigurationChecks"/>).
/// </summary>
public sealed class TestingClock(string path) : TimeProvider
{
    public const string Key = "CertBot:Testing:ClockFile";

    /// <summary>How stale a read offset may be: a test waits far longer than this after moving the clock.</summary>
    private static readonly TimeSpan Recheck = TimeSpan.FromMilliseconds(100);

    private readonly Lock gate = new();
    private (TimeSpan Offset, long CheckedAt) current = (TimeSpan.Zero, long.MinValue);

    /// <summary>The configured clock, or null when none is configured.</summary>
    public static TestingClock? From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration[Key] is { Length: > 0 } file ? new TestingClock(Path.GetFullPath(file)) : null;
    }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset();

    private TimeSpan Offset()
    {
        lock (gate)
        {
            var now = System.GetTimestamp();
            if (current.CheckedAt != long.MinValue && System.GetElapsedTime(current.CheckedAt, now) < Recheck)
            {
                return current.Offset;
            }

            current = (Read(), now);
            return current.Offset;
        }
    }

    private TimeSpan Read()
    {
        try
        {
            var text = File.Exists(path) ? File.ReadAllText(path).Trim() : "";
            return text.Length == 0 ? TimeSpan.Zero : TimeSpan.Parse(text, CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            // Being rewritten by the test: the last offset holds until the next read.
            return current.Offset;
        }
        catch (FormatException)
        {
            return current.Offset;
        }
    }
}
