using System.Text.RegularExpressions;
using CertBot.Cisco.Text;

namespace CertBot.Cisco.Parsing;

/// <summary>
/// Parses <c>show cert list own|trust</c>. Entries are found anywhere in the text rather than per line, so
/// flattened output (several entries on one line) and blank lines parse the same way.
/// </summary>
public static partial class CertificateListParser
{
    public static IReadOnlyList<CertificateListEntry> Parse(string output)
    {
        var text = CliText.RemovePagerText(CliText.Clean(output));
        var matches = Entry().Matches(text);
        var entries = new List<CertificateListEntry>(matches.Count);
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            var end = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            var description = text[(m.Index + m.Length)..end];
            var newline = description.IndexOf('\n', StringComparison.Ordinal);
            if (newline >= 0 && description[..newline].Trim().Length > 0)
            {
                description = description[..newline];
            }

            description = CliText.CollapseSpaces(description.Replace('\n', ' ')).Trim();
            entries.Add(new CertificateListEntry(m.Groups["unit"].Value, m.Groups["file"].Value, description));
        }

        return entries;
    }

    // A unit or store name, a slash, a file name ending in .pem/.der/.crt, optional spaces, a colon.
    [GeneratedRegex(@"(?<![A-Za-z0-9_.-])(?<unit>[A-Za-z0-9][A-Za-z0-9_.-]*)/(?<file>[A-Za-z0-9][^\s/:]*?\.(?:pem|der|crt|cer))\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Entry();
}
