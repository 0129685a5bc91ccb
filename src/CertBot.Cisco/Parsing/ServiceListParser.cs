using System.Text.RegularExpressions;
using CertBot.Cisco.Text;
using CertBot.Engine.Model;

namespace CertBot.Cisco.Parsing;

/// <summary>
/// Parses <c>utils service list</c> (platform-cli.md §3.2): platform <c>Name [STATE]</c> and application
/// <c>Name[STATE]</c> lines, <c>[ STOPPED ]</c>, two-space reason suffixes, the <c>Primary Node =true</c>
/// trailer even when glued to the last line, and several records merged onto one line. The
/// <c>&gt;&gt; Return code = 0</c> line (and any <c>&gt;&gt; … = n</c> trailer like it) is removed as a substring: output
/// that arrives without line breaks carries it in front of the next service's name.
/// </summary>
public static partial class ServiceListParser
{
    private static readonly string[] KnownReasons =
    [
        "Service Not Activated",
        "Commanded Out of Service",
        "Component is not running",
        "Component is not activated",
    ];

    public static IReadOnlyList<ServiceStatus> Parse(string output)
    {
        var text = ReturnCode().Replace(Trailer().Replace(CliText.RemovePagerText(CliText.Clean(output)), "\n"), "\n");
        var services = new List<ServiceStatus>();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            ParseLine(line, services);
        }

        return services;
    }

    private static void ParseLine(string line, List<ServiceStatus> services)
    {
        var states = State().Matches(line);
        if (states.Count == 0)
        {
            return;
        }

        var nameStart = 0;
        for (var i = 0; i < states.Count; i++)
        {
            var m = states[i];
            var name = line[nameStart..m.Index].Trim();
            var afterEnd = i + 1 < states.Count ? states[i + 1].Index : line.Length;
            var after = line[(m.Index + m.Length)..afterEnd];
            string? reason;
            if (i + 1 < states.Count)
            {
                // Merged records: the text between two brackets is "<reason of this> <name of next>".
                (reason, var nextNameOffset) = SplitReason(after);
                nameStart = m.Index + m.Length + nextNameOffset;
            }
            else
            {
                reason = after.Trim();
            }

            name = StripPreamble(name);
            if (name.Length > 0)
            {
                services.Add(new ServiceStatus(name, ServiceStateText.Parse(m.Groups["state"].Value), string.IsNullOrEmpty(reason) ? null : reason));
            }
        }
    }

    private static (string? Reason, int NextNameOffset) SplitReason(string between)
    {
        var trimmedStart = between.Length - between.TrimStart().Length;
        var rest = between[trimmedStart..];
        foreach (var known in KnownReasons)
        {
            if (rest.StartsWith(known, StringComparison.OrdinalIgnoreCase))
            {
                return (rest[..known.Length], trimmedStart + known.Length);
            }
        }

        return (null, 0);
    }

    // Lines that precede the records ("Requesting service status, please wait...") can be glued to the first one.
    private static string StripPreamble(string name)
    {
        foreach (var marker in new[] { "please wait...", "Service Manager is running", "Getting list of all services", "Command successful" })
        {
            var at = name.LastIndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                name = name[(at + marker.Length)..].Trim();
            }
        }

        return name;
    }

    [GeneratedRegex(@"\[\s*(?<state>[A-Za-z][A-Za-z _]*?)\s*\]")]
    private static partial Regex State();

    [GeneratedRegex(@"Primary\s+Node\s*=\s*(?:true|false)", RegexOptions.IgnoreCase)]
    private static partial Regex Trailer();

    // ">> Return code = 0" and its kin: two angle brackets, words, an equals sign, a (possibly negative) number.
    [GeneratedRegex(@">>\s*[A-Za-z][A-Za-z ]*?\s*=\s*-?\d+", RegexOptions.IgnoreCase)]
    private static partial Regex ReturnCode();
}
