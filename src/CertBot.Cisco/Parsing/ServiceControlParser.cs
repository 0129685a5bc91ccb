using System.Text.RegularExpressions;
using CertBot.Cisco.Text;
using CertBot.Engine.Model;

namespace CertBot.Cisco.Parsing;

/// <summary>
/// Parses the progress of <c>utils service restart|stop|start &lt;name&gt;</c> (platform-cli.md §3.3): repeated
/// <c>&lt;name&gt;[STOPPING]</c>/<c>[STARTING]</c> lines ending in the final state. Only lines of the named service count.
/// </summary>
public static class ServiceControlParser
{
    public static ServiceControlResult Parse(string output, string service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var text = CliText.RemovePagerText(CliText.Clean(output));
        var pattern = new Regex(
            @"(?:^|(?<=[\n\]]))[ \t]*" + Regex.Escape(service).Replace(@"\ ", @"\s+", StringComparison.Ordinal) + @"\s*\[\s*(?<state>[A-Za-z][A-Za-z _]*?)\s*\]",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var states = new List<ServiceState>();
        foreach (Match m in pattern.Matches(text))
        {
            states.Add(ServiceStateText.Parse(m.Groups["state"].Value));
        }

        return new ServiceControlResult(service, states);
    }
}
