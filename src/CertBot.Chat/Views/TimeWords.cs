using System.Globalization;

namespace CertBot.Chat.Views;

/// <summary>
/// How every front writes times and durations, so Teams and Slack read alike: durations in words ("12 s",
/// "3 min 5 s", "1 h 5 min"; an estimate "about 21 min", never "21:00", which reads as a clock time) and moments
/// in UTC without a zone on each one: a card names the zone once (<see cref="ZoneNote"/>).
/// </summary>
public static class TimeWords
{
    /// <summary>What a card says once when it shows times written by <see cref="At(DateTimeOffset)"/>.</summary>
    public const string ZoneNote = "times in UTC (+00:00)";

    /// <summary>"2026-12-05 07:35", in UTC.</summary>
    public static string At(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"2026-12-05 07:35", or "?" when there is no moment.</summary>
    public static string At(DateTimeOffset? at) => at is { } t ? At(t) : "?";

    /// <summary>"2026-12-05 07:35 UTC": a moment in a text that is not a card (and so has no place for the zone note).</summary>
    public static string AtUtc(DateTimeOffset at) => At(at) + " UTC";

    /// <summary>An elapsed time: "12 s", "3 min 5 s", "1 h 5 min" (seconds dropped from an hour on).</summary>
    public static string Duration(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            span = TimeSpan.Zero;
        }

        var seconds = (long)span.TotalSeconds;
        return seconds switch
        {
            < 60 => Invariant($"{seconds} s"),
            < 3600 => seconds % 60 == 0 ? Invariant($"{seconds / 60} min") : Invariant($"{seconds / 60} min {seconds % 60} s"),
            _ => HoursAndMinutes(seconds / 60),
        };
    }

    /// <summary>An estimate, rounded up to whole minutes: "about 21 min", "about 1 h 5 min"; "under a minute" for less.</summary>
    public static string Estimate(TimeSpan span)
    {
        if (span < TimeSpan.FromMinutes(1))
        {
            return "under a minute";
        }

        var minutes = (long)Math.Ceiling(span.TotalMinutes);
        return "about " + (minutes < 60 ? Invariant($"{minutes} min") : HoursAndMinutes(minutes));
    }

    private static string HoursAndMinutes(long minutes) =>
        minutes % 60 == 0 ? Invariant($"{minutes / 60} h") : Invariant($"{minutes / 60} h {minutes % 60} min");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
