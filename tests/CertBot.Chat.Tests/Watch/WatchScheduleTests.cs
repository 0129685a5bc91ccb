using CertBot.Chat.Watch;

namespace CertBot.Chat.Tests.Watch;

/// <summary>Quiet hours and the weekly digest's time, in the cluster's time zone.</summary>
public sealed class WatchScheduleTests
{
    private static readonly QuietHoursOptions Night = new() { Start = new TimeOnly(22, 0), End = new TimeOnly(7, 0) };

    [Theory]
    [InlineData("2026-12-05T23:30:00Z", "2026-12-06T07:00:00Z")]
    [InlineData("2026-12-06T03:00:00Z", "2026-12-06T07:00:00Z")]
    [InlineData("2026-12-05T22:00:00Z", "2026-12-06T07:00:00Z")]
    [InlineData("2026-12-06T07:00:00Z", null)]
    [InlineData("2026-12-05T12:00:00Z", null)]
    public void EndOfQuiet_OverMidnight(string now, string? end) =>
        Assert.Equal(end is null ? null : DateTimeOffset.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
            Night.EndOfQuiet(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), "UTC"));

    [Fact]
    public void EndOfQuiet_WithinADay_AndInTheClustersTimeZone()
    {
        var lunch = new QuietHoursOptions { Start = new TimeOnly(12, 0), End = new TimeOnly(13, 0) };

        // 11:30 UTC is 12:30 in Amsterdam in winter: quiet there until 13:00 local, 12:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero), lunch.EndOfQuiet(new DateTimeOffset(2026, 12, 5, 11, 30, 0, TimeSpan.Zero), "Europe/Amsterdam"));
        Assert.Null(lunch.EndOfQuiet(new DateTimeOffset(2026, 12, 5, 11, 30, 0, TimeSpan.Zero), "UTC"));
    }

    [Theory]
    [InlineData("2026-12-07T08:00:00Z", "digest/lab-east/2026-12-07")]
    [InlineData("2026-12-07T20:00:00Z", "digest/lab-east/2026-12-07")]
    [InlineData("2026-12-08T07:59:00Z", "digest/lab-east/2026-12-07")]
    [InlineData("2026-12-08T08:00:00Z", null)]
    [InlineData("2026-12-07T07:59:00Z", null)]
    [InlineData("2026-12-05T08:00:00Z", null)]
    [InlineData("2026-12-14T09:00:00Z", "digest/lab-east/2026-12-14")]
    public void DigestDueKey_OnMondayAtEight_ForOneDay(string now, string? key) =>
        Assert.Equal(key, DigestSchedule.DueKey(new WatchOptions(), "lab-east", "UTC", DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void DigestDueKey_Off_IsNeverDue() =>
        Assert.Null(DigestSchedule.DueKey(new WatchOptions { WeeklyDigest = false }, "lab-east", "UTC", new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero)));
}
