namespace CertBot.Chat.Watch;

/// <summary>When a cluster's weekly digest is due: from the configured day and time (cluster's time zone) until a day later.</summary>
public static class DigestSchedule
{
    /// <summary>
    /// The announcement key of the digest due at <paramref name="now"/> (<c>digest/&lt;cluster&gt;/&lt;date&gt;</c>), or null when
    /// none is due. A digest not posted within a day of its time is skipped: a week-old digest tells nothing the next one will not.
    /// </summary>
    /// <exception cref="TimeZoneNotFoundException">The time zone is unknown on this machine.</exception>
    public static string? DueKey(WatchOptions options, string cluster, string timeZone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.WeeklyDigest)
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(timeZone)).DateTime;
        var back = ((int)local.DayOfWeek - (int)options.DigestDay + 7) % 7;
        var moment = local.Date.AddDays(-back) + options.DigestTime.ToTimeSpan();
        if (moment > local)
        {
            moment = moment.AddDays(-7);
        }

        return local < moment.AddDays(1) ? $"digest/{cluster}/{moment:yyyy-MM-dd}" : null;
    }
}
