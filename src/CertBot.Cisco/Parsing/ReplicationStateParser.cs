using System.Globalization;
using System.Text.RegularExpressions;
using CertBot.Cisco.Text;
using CertBot.Engine.Model;

namespace CertBot.Cisco.Parsing;

/// <summary>
/// Reads <c>utils dbreplication runtimestate</c> (platform-cli.md §4.3; public captures of CUCM 10.5 to 15): the
/// <c>(N Servers)</c> count and one row per server, <c>&lt;server&gt; &lt;ip&gt; &lt;msec&gt; Y/Y/Y &lt;queue&gt; (g_&lt;n&gt;) (&lt;digit&gt;) &lt;state&gt;</c>.
/// Rows are found by their shape, not by line, because some captures reach us with the line breaks flattened.
/// </summary>
public static partial class ReplicationStateParser
{
    public static ReplicationState Parse(string output)
    {
        var text = CliText.RemovePagerText(CliText.Clean(output));
        var count = ServerCount().Match(text) is { Success: true } m ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) : (int?)null;
        var servers = Row().Matches(text)
            .Select(r => new ReplicationServer(r.Groups["server"].Value, r.Groups["ip"].Value, r.Groups["dbmon"].Value, r.Groups["queue"].Value,
                int.Parse(r.Groups["state"].Value, CultureInfo.InvariantCulture), CliText.CollapseSpaces(r.Groups["words"].Value.Trim())))
            .ToList();
        return new ReplicationState(count, servers);
    }

    [GeneratedRegex(@"Cluster\s+Detailed\s+View\s+from\s+\S+\s+\((?<n>\d+)\s+Servers?\)", RegexOptions.IgnoreCase)]
    private static partial Regex ServerCount();

    // The state words run to the end of the line, or (flattened) to where the next row's name and address begin.
    [GeneratedRegex(@"(?<server>[A-Za-z0-9][\w.-]*)[ \t]+(?<ip>[0-9A-Fa-fx.:]+)[ \t]+(?:[\d.]+[ \t]+)?(?<dbmon>[YN?]/[YN?]/[YN?])[ \t]+(?<queue>\S+)[ \t]+\(g_\d+\)[ \t]+\((?<state>\d)\)[ \t]*(?<words>[A-Za-z][A-Za-z ]*?)(?=[ \t]*(?:\r?\n|$)|[ \t]+[A-Za-z0-9][\w.-]*[ \t]+[0-9A-Fa-fx.:]+[ \t]+(?:[\d.]+[ \t]+)?[YN?]/)")]
    private static partial Regex Row();
}
