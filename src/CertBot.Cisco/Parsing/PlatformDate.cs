using System.Globalization;
using System.Text.RegularExpressions;

namespace CertBot.Cisco.Parsing;

/// <summary>
/// Dates as the platform prints them in certificate text: <c>Tue Nov 21 10:00:00 PST 2026</c> (Validity
/// From/To) and <c>Nov 21 10:00:00 2026 GMT</c> (Not After). Time-zone abbreviations are resolved from a
/// fixed table because <see cref="DateTime.Parse(string)"/> does not know them.
/// </summary>
public static partial class PlatformDate
{
    private static readonly Dictionary<string, TimeSpan> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UTC"] = TimeSpan.Zero, ["GMT"] = TimeSpan.Zero, ["Z"] = TimeSpan.Zero, ["WET"] = TimeSpan.Zero,
        ["WEST"] = TimeSpan.FromHours(1), ["BST"] = TimeSpan.FromHours(1), ["CET"] = TimeSpan.FromHours(1),
        ["CEST"] = TimeSpan.FromHours(2), ["EET"] = TimeSpan.FromHours(2), ["EEST"] = TimeSpan.FromHours(3),
        ["MSK"] = TimeSpan.FromHours(3), ["IST"] = new TimeSpan(5, 30, 0), ["SGT"] = TimeSpan.FromHours(8),
        ["HKT"] = TimeSpan.FromHours(8), ["JST"] = TimeSpan.FromHours(9), ["KST"] = TimeSpan.FromHours(9),
        ["AEST"] = TimeSpan.FromHours(10), ["AEDT"] = TimeSpan.FromHours(11), ["NZST"] = TimeSpan.FromHours(12),
        ["NZDT"] = TimeSpan.FromHours(13), ["EST"] = TimeSpan.FromHours(-5), ["EDT"] = TimeSpan.FromHours(-4),
        ["CST"] = TimeSpan.FromHours(-6), ["CDT"] = TimeSpan.FromHours(-5), ["MST"] = TimeSpan.FromHours(-7),
        ["MDT"] = TimeSpan.FromHours(-6), ["PST"] = TimeSpan.FromHours(-8), ["PDT"] = TimeSpan.FromHours(-7),
        ["AKST"] = TimeSpan.FromHours(-9), ["AKDT"] = TimeSpan.FromHours(-8), ["HST"] = TimeSpan.FromHours(-10),
    };

    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var m = Pattern().Match(text);
        if (!m.Success)
        {
            return DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value);
        }

        var zone = m.Groups["tz1"].Success ? m.Groups["tz1"].Value : m.Groups["tz2"].Value;
        var offset = TimeSpan.Zero;
        if (zone.Length > 0 && !Zones.TryGetValue(zone, out offset) && !TryNumericOffset(zone, out offset))
        {
            return false;
        }

        var stamp = $"{m.Groups["mon"].Value} {m.Groups["day"].Value} {m.Groups["year"].Value} {m.Groups["time"].Value}";
        if (!DateTime.TryParseExact(stamp, "MMM d yyyy HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        value = new DateTimeOffset(local, offset).ToUniversalTime();
        return true;
    }

    private static bool TryNumericOffset(string zone, out TimeSpan offset)
    {
        offset = default;
        var m = NumericZone().Match(zone);
        if (!m.Success)
        {
            return false;
        }

        offset = new TimeSpan(int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture), 0);
        if (m.Groups[1].Value == "-")
        {
            offset = -offset;
        }

        return true;
    }

    // [Dow] Mon D HH:MM:SS [TZ] YYYY [TZ]
    [GeneratedRegex(@"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+(?<day>\d{1,2})\s+(?<time>\d{1,2}:\d{2}:\d{2})\s+(?:(?<tz1>[A-Z]{1,5}|[+-]\d{2}:?\d{2})\s+)?(?<year>\d{4})(?:\s+(?<tz2>[A-Z]{1,5}|[+-]\d{2}:?\d{2}))?", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^(?:UTC|GMT)?([+-])(\d{2}):?(\d{2})$")]
    private static partial Regex NumericZone();
}
