using System.Text.RegularExpressions;
using CertBot.Cisco.Text;

namespace CertBot.Cisco.Parsing;

/// <summary>
/// <c>show csr list own</c>: one <c>&lt;unit&gt;/&lt;file&gt;.csr</c> per line (platform-cli.md §2.1), a blank first line
/// and the prompt around them; anything else (pager lines, a header) is ignored.
/// </summary>
public static partial class CsrListParser
{
    /// <summary>The units with a pending CSR, in the order listed, each once.</summary>
    public static IReadOnlyList<string> Parse(string output) =>
        CliText.Clean(output).Split('\n')
            .Select(l => Line().Match(l.Trim()))
            .Where(m => m.Success)
            .Select(m => m.Groups["unit"].Value)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex(@"^(?<unit>[A-Za-z0-9_-]+)/[A-Za-z0-9_.-]+\.csr(?::.*)?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Line();
}
