using System.Text.RegularExpressions;
using CertBot.Cisco.Text;

namespace CertBot.Cisco.Parsing;

/// <summary>Parses <c>show version active</c>: <c>Active Master Version: 14.0.1.13900-155</c> (platform-cli.md §4.2).</summary>
public static partial class VersionParser
{
    /// <summary>The active version, or null when the line is missing.</summary>
    public static string? ParseActiveVersion(string output)
    {
        var m = Version().Match(CliText.RemovePagerText(CliText.Clean(output)));
        return m.Success ? m.Groups["v"].Value : null;
    }

    [GeneratedRegex(@"Active\s+Master\s+Version\s*:\s*(?<v>[0-9][0-9A-Za-z.\-]*)", RegexOptions.IgnoreCase)]
    private static partial Regex Version();
}
