using CertBot.Chat.Views;

namespace CertBot.Chat.Tests.Views;

/// <summary>How the cards word the age of the facts behind an answer.</summary>
public sealed class FactsAgeTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 10, 49, 30, TimeSpan.Zero);

    [Theory]
    [InlineData(0, "as of 10:49 UTC (just now)")]
    [InlineData(59, "as of 10:48 UTC (just now)")]
    [InlineData(7 * 60, "as of 10:42 UTC (7 min ago)")]
    [InlineData((2 * 3600) + (5 * 60), "as of 08:44 UTC (2 h 5 min ago)")]
    [InlineData(11 * 3600, "as of 2026-12-04 23:49 UTC (11 h ago)")]
    [InlineData(3 * 86400, "as of 2026-12-02 10:49 UTC (3 days ago)")]
    public void Describe_SaysTheTimeInUtc_AndHowLongAgo(int secondsAgo, string expected) =>
        Assert.Equal(expected, FactsAge.Describe(Now.AddSeconds(-secondsAgo), Now));
}
