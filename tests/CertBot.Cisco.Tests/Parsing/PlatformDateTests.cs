using CertBot.Cisco.Parsing;

namespace CertBot.Cisco.Tests.Parsing;

public sealed class PlatformDateTests
{
    [Theory]
    [InlineData("Tue Nov 21 10:00:00 PST 2026", "2026-11-21T18:00:00Z")]
    [InlineData("Sun Nov 22 05:22:25 UTC 2026", "2026-11-22T05:22:25Z")]
    [InlineData("Wed Aug 9 13:05:00 CEST 2023", "2023-08-09T11:05:00Z")]
    [InlineData("Nov  1 10:00:00 2026 GMT", "2026-11-01T10:00:00Z")]
    [InlineData("Mar 3 01:02:03 2030 EDT", "2030-03-03T05:02:03Z")]
    public void TryParse_PlatformLayouts_ResolveTheZone(string text, string expected)
    {
        Assert.True(PlatformDate.TryParse(text, out var value));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void TryParse_UnknownZoneAbbreviation_IsRefusedRatherThanGuessed()
    {
        Assert.False(PlatformDate.TryParse("Tue Nov 21 10:00:00 XYZT 2026", out _));
    }
}
