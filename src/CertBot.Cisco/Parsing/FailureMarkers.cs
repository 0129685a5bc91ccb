using System.Text.RegularExpressions;
using CertBot.Cisco.Text;

namespace CertBot.Cisco.Parsing;

/// <summary>The platform's failure texts (platform-cli.md §1.7), matched case- and whitespace-insensitively.</summary>
public static partial class FailureMarkers
{
    /// <summary>The first failure text in the output, or null when there is none.</summary>
    public static string? Find(string output)
    {
        var m = Failure().Match(CliText.Clean(output));
        return m.Success ? CliText.CollapseSpaces(m.Value.Trim()) : null;
    }

    [GeneratedRegex(@"executed\s+command\s+unsuccessfully\.?|no\s+valid\s+command\s+entered|invalid\s+(?:unit|command|input)[^\n]*|unknown\s+command[^\n]*|command\s+not\s+found[^\n]*", RegexOptions.IgnoreCase)]
    private static partial Regex Failure();
}
