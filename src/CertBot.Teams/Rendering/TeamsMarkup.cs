using System.Text;
using System.Text.RegularExpressions;

namespace CertBot.Teams.Rendering;

/// <summary>
/// The core's Markdown answers as the HTML subset Teams renders for <c>textFormat: "xml"</c> (chat-protocols.md §3,
/// msteams-docs "Format your bot messages"). Markdown messages do not survive there: the client HTML-escapes
/// the text before it reads the Markdown, so a code span shows <c>&amp;lt;cluster&amp;gt;</c> literally (seen in the
/// Agents Playground), and real Teams drops <c>&lt;cluster&gt;</c> outside code as an unknown tag. In HTML every
/// <c>&lt;</c> is escaped once, inside <c>&lt;code&gt;</c> as everywhere, and reads as itself.
/// Only what the core writes is converted: <c>`code`</c>, <c>**bold**</c>, lines, and "- " bullets.
/// </summary>
internal static partial class TeamsMarkup
{
    public static string FromMarkdown(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var html = new StringBuilder();
        var inList = false;
        var first = true;
        foreach (var line in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var bullet = line.StartsWith("- ", StringComparison.Ordinal);
            if (bullet && !inList)
            {
                html.Append("<ul>");
                inList = true;
            }
            else if (!bullet && inList)
            {
                html.Append("</ul>");
                inList = false;
                first = true;
            }

            if (bullet)
            {
                html.Append("<li>").Append(Inline(line[2..])).Append("</li>");
                continue;
            }

            // A list ends its own line; elsewhere a line break separates lines.
            html.Append(first ? "" : "<br>").Append(Inline(line));
            first = false;
        }

        return (inList ? html.Append("</ul>") : html).ToString();
    }

    private static string Inline(string text)
    {
        // Code spans first (their content is never bold), each escaped once.
        var parts = CodeSpan().Split(text);
        var html = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            html.Append(i % 2 == 1
                ? "<code>" + Escape(parts[i]) + "</code>"
                : Bold().Replace(Escape(parts[i]), "<strong>$1</strong>"));
        }

        return html.ToString();
    }

    /// <summary>Only the three characters HTML gives a meaning; quotes and non-ASCII text stay as they are.</summary>
    private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    [GeneratedRegex("`([^`\n]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();
}
