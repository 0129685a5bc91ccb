using System.Globalization;
using System.Text.RegularExpressions;
using CertBot.Cisco.Text;
using CertBot.Engine.Model;

namespace CertBot.Cisco.Parsing;

/// <summary>
/// Summarises <c>show itl</c> and <c>show ctl</c> (platform-cli.md §4.4) by tokens, since no verbatim layout is known.
/// A file is absent only where the node says so (<c>Length of CTL file: 0</c>, <c>CTL File not found</c>); any sign of
/// a file (a length, a checksum, a record, the verification sentence) makes it present, so output that lost its first
/// line never turns a present CTL into an absent one.
/// </summary>
public static partial class TrustListParser
{
    public static TrustListSummary Parse(string output)
    {
        var text = CliText.RemovePagerText(CliText.Clean(output));
        var length = Length().Match(text) is { Success: true } l ? long.Parse(l.Groups["n"].Value, CultureInfo.InvariantCulture) : (long?)null;
        var notFound = NotFound().IsMatch(text);
        var md5 = Md5().Match(text) is { Success: true } m ? m.Groups["h"].Value.ToUpperInvariant() : null;
        var sha1 = Sha1().Match(text) is { Success: true } s ? s.Groups["h"].Value.ToUpperInvariant() : null;
        var records = Record().Count(text);
        var functions = Function().Matches(text).Select(f => f.Groups["f"].Value.Trim()).ToList();
        var verified = Verified().IsMatch(text);
        var present = length > 0 || records > 0 || md5 is not null || sha1 is not null || verified;
        var absent = !present && (notFound || length == 0);
        return new TrustListSummary(present, length, md5, sha1, records, functions, verified) { Known = present || absent };
    }

    [GeneratedRegex(@"Length\s+of\s+(?:CTL|ITL)\s+file\s*:\s*(?<n>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex Length();

    [GeneratedRegex(@"(?:CTL|ITL)\s+File\s+not\s+found", RegexOptions.IgnoreCase)]
    private static partial Regex NotFound();

    [GeneratedRegex(@"(?<h>[0-9a-fA-F]{32})\s*\(MD5\)")]
    private static partial Regex Md5();

    [GeneratedRegex(@"(?<h>[0-9a-fA-F]{40})\s*\(SHA1\)")]
    private static partial Regex Sha1();

    [GeneratedRegex(@"(?:CTL|ITL)\s+Record\s*#\s*:?\s*\d+", RegexOptions.IgnoreCase)]
    private static partial Regex Record();

    [GeneratedRegex(@"\bFUNCTION\s+\d+\s+(?<f>[^\n]+?)\s*(?:\n|$)")]
    private static partial Regex Function();

    [GeneratedRegex(@"file\s+was\s+verified\s+successfully", RegexOptions.IgnoreCase)]
    private static partial Regex Verified();
}
