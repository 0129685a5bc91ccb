using CertBot.Chat.Views;

namespace CertBot.Chat.Tests.Views;

public sealed class TimeWordsTests
{
    [Theory]
    [InlineData(0, "0 s")]
    [InlineData(12, "12 s")]
    [InlineData(59, "59 s")]
    [InlineData(60, "1 min")]
    [InlineData(185, "3 min 5 s")]
    [InlineData(3600, "1 h")]
    [InlineData(3900, "1 h 5 min")]
    [InlineData(3959, "1 h 5 min")]
    [InlineData(-5, "0 s")]
    public void Duration_ReadsAsWords_NeverAsAClock(int seconds, string expected) =>
        Assert.Equal(expected, TimeWords.Duration(TimeSpan.FromSeconds(seconds)));

    [Theory]
    [InlineData(30, "under a minute")]
    [InlineData(60, "about 1 min")]
    [InlineData(21 * 60, "about 21 min")]
    [InlineData(20 * 60 + 1, "about 21 min")]
    [InlineData(65 * 60, "about 1 h 5 min")]
    [InlineData(120 * 60, "about 2 h")]
    public void Estimate_IsRoundedUpToMinutes_AndSaysAbout(int seconds, string expected) =>
        Assert.Equal(expected, TimeWords.Estimate(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void At_IsUtc_WithoutTheZone_WhichACardSaysOnce()
    {
        var amsterdam = new DateTimeOffset(2026, 12, 5, 8, 35, 0, TimeSpan.FromHours(1));

        Assert.Equal("2026-12-05 07:35", TimeWords.At(amsterdam));
        Assert.Equal("2026-12-05 07:35 UTC", TimeWords.AtUtc(amsterdam));
        Assert.Equal("?", TimeWords.At((DateTimeOffset?)null));
        Assert.Contains("UTC", TimeWords.ZoneNote, StringComparison.Ordinal);
    }
}
