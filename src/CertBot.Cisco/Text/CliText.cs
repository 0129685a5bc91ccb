using System.Text;
using System.Text.RegularExpressions;

namespace CertBot.Cisco.Text;

/// <summary>
/// Output hygiene for the platform CLI (platform-cli.md §1.4, §1.5): line endings, VT100/ANSI sequences and
/// pager text. Every parser works on text cleaned here, so none of them has to know about the terminal.
/// </summary>
public static partial class CliText
{
    /// <summary>
    /// Removes ANSI sequences and carriage returns and turns <c>ESC[K</c> into a line break: the platform puts
    /// the erase-line sequence in front of the prompt <em>instead of</em> a newline (unicon's VOS pattern).
    /// </summary>
    public static string Clean(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = EraseLine().Replace(raw, "\n");
        text = AnsiSequence().Replace(text, "");
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        // A lone CR (a terminal rewriting its line) carries no data; dropping it keeps words together.
        text = text.Replace("\r", "", StringComparison.Ordinal);
        return RemoveBackspaces(text);
    }

    /// <summary>Removes both pagers' prompt text wherever it sits, even glued to data (§1.5).</summary>
    public static string RemovePagerText(string text) => FileViewerPager().Replace(MorePager().Replace(text, ""), "");

    /// <summary>The last <paramref name="lines"/> non-empty lines, for exception messages.</summary>
    public static string Tail(string text, int lines = 12)
    {
        var all = text.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToArray();
        return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
    }

    /// <summary>Collapses runs of spaces and tabs; keeps line breaks.</summary>
    public static string CollapseSpaces(string text) => Spaces().Replace(text, " ");

    private static string RemoveBackspaces(string text)
    {
        if (!text.Contains('\b', StringComparison.Ordinal))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\b')
            {
                if (sb.Length > 0)
                {
                    sb.Length--;
                }
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"\x1B\[K")]
    private static partial Regex EraseLine();

    // CSI sequences (colours, cursor, keypad mode), OSC titles and the two-character ESC= / ESC> keypad codes.
    [GeneratedRegex(@"\x1B\[[0-?]*[ -/]*[@-~]|\x1B\][^\x07\x1B]*(?:\x07|\x1B\\)|\x1B[=>()][0-9A-Za-z]?")]
    private static partial Regex AnsiSequence();

    [GeneratedRegex(@"Press\s*<enter>\s*for\s*1\s*line,\s*<space>\s*for\s*one\s*page,\s*or\s*<q>\s*to\s*quit", RegexOptions.IgnoreCase)]
    private static partial Regex MorePager();

    [GeneratedRegex(@"options:\s*q=quit,\s*n=next,\s*p=prev,\s*b=begin,\s*e=end\s*\(lines\s*\d+\s*-\s*\d+\s*of\s*\d+\)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex FileViewerPager();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();
}
