namespace CertBot.Chat.Watch;

/// <summary>A daily quiet period in the cluster's time zone, e.g. 22:00 to 07:00 (it may run past midnight).</summary>
public sealed record QuietHoursOptions
{
    public TimeOnly Start { get; init; }

    public TimeOnly End { get; init; }

    /// <summary>
    /// When the quiet period that holds <paramref name="now"/> ends, or null when <paramref name="now"/> is not quiet.
    /// </summary>
    /// <exception cref="TimeZoneNotFoundException">The time zone is unknown on this machine.</exception>
    public DateTimeOffset? EndOfQuiet(DateTimeOffset now, string timeZone)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var wraps = Start > End;
        var quiet = wraps ? time >= Start || time < End : time >= Start && time < End;
        if (!quiet || Start == End)
        {
            return null;
        }

        var endDay = wraps && time >= Start ? local.Date.AddDays(1) : local.Date;
        var end = endDay + End.ToTimeSpan();
        return new DateTimeOffset(end, zone.GetUtcOffset(end));
    }
}
