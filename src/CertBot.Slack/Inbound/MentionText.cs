using System.Net;
using System.Text.RegularExpressions;

namespace CertBot.Slack.Inbound;

/// <summary>
/// The command in an <c>app_mention</c>: the leading mentions (<c>&lt;@U123ABC&gt;</c>, the bot's own among them)
/// removed and Slack's HTML escapes undone, so "@CertBot regenerate tomcat on lab-east" reads like the slash command.
/// </summary>
internal static partial class MentionText
{
    public static string Strip(string? text) =>
        text is null ? "" : WebUtility.HtmlDecode(LeadingMentions().Replace(text, "")).Trim();

    [GeneratedRegex(@"^\s*(<@[A-Z0-9]+(\|[^>]*)?>[\s,:]*)+")]
    private static partial Regex LeadingMentions();
}
