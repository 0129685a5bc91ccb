using System.Text.RegularExpressions;

namespace CertBot.Slack.Rendering;

/// <summary>
/// Slack's mrkdwn: <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> are control characters (links, mentions) and are escaped in
/// everything that came from people or nodes; a user mention <c>&lt;@U…&gt;</c> (how a Slack person's name is shown)
/// is kept. The core's Markdown bold (<c>**x**</c>) becomes Slack's <c>*x*</c>.
/// </summary>
internal static partial class Mrkdwn
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var escaped = text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
        return EscapedMention().Replace(escaped, m => $"<@{m.Groups[1].Value}>");
    }

    /// <summary>The core's Markdown answer as Slack mrkdwn.</summary>
    public static string FromMarkdown(string text) => DoubleStar().Replace(Escape(text), "*$1*");

    /// <summary>Text inside a code block: escaped, and without the fence that would end it early.</summary>
    public static string Code(string text) => "```" + Escape(text).Replace("```", "'''", StringComparison.Ordinal) + "```";

    [GeneratedRegex("&lt;@([UW][A-Z0-9]{2,30})&gt;")]
    private static partial Regex EscapedMention();

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex DoubleStar();
}
