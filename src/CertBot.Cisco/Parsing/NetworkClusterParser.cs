using System.Text.RegularExpressions;
using CertBot.Cisco.Text;
using CertBot.Engine.Model;

namespace CertBot.Cisco.Parsing;

/// <summary>
/// Parses section 1 of <c>show network cluster</c> (platform-cli.md §4.1). The text is tokenised and a row
/// starts at every IPv4 token, so FQDN-less rows (two spaces), flattened rows and the local row without the
/// <c>using TCP since</c> suffix all parse. The IM/P publisher is <c>cups</c> + <c>DBPub</c>, never the role column.
/// </summary>
public static partial class NetworkClusterParser
{
    public static IReadOnlyList<ClusterMember> Parse(string output)
    {
        var text = CliText.RemovePagerText(CliText.Clean(output));
        var tableAt = text.IndexOf("Server Table", StringComparison.OrdinalIgnoreCase);
        if (tableAt >= 0)
        {
            text = text[..tableAt];
        }

        var tokens = Whitespace().Split(text).Where(t => t.Length > 0).ToArray();
        var members = new List<ClusterMember>();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!Ipv4().IsMatch(tokens[i]))
            {
                continue;
            }

            var end = i + 1;
            while (end < tokens.Length && !Ipv4().IsMatch(tokens[end]))
            {
                end++;
            }

            var member = ParseRow(tokens[i..end]);
            if (member is not null)
            {
                members.Add(member);
                i = end - 1;
            }
        }

        return members;
    }

    private static ClusterMember? ParseRow(string[] row)
    {
        var roleAt = Array.FindIndex(row, t => t.Equals("Publisher", StringComparison.OrdinalIgnoreCase) || t.Equals("Subscriber", StringComparison.OrdinalIgnoreCase));
        if (roleAt is < 2 or > 3 || roleAt + 3 >= row.Length)
        {
            return null;
        }

        var fqdn = roleAt == 3 ? row[1] : null;
        var hostName = row[roleAt - 1];
        var type = row[roleAt + 1];
        var dbRole = row[roleAt + 2];
        var state = row[roleAt + 3];
        var product = type.Equals("cups", StringComparison.OrdinalIgnoreCase) ? Product.Imp : Product.Cucm;
        var role = product == Product.Imp
            ? dbRole.Equals("DBPub", StringComparison.OrdinalIgnoreCase) ? NodeRole.Publisher : NodeRole.Subscriber
            : row[roleAt].Equals("Publisher", StringComparison.OrdinalIgnoreCase) ? NodeRole.Publisher : NodeRole.Subscriber;
        var isLocal = !row.Skip(roleAt + 4).Any(t => t.Equals("using", StringComparison.OrdinalIgnoreCase));
        return new ClusterMember(row[0], fqdn, hostName, product, role,
            state.Equals("authenticated", StringComparison.OrdinalIgnoreCase), isLocal);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:\d{1,3}\.){3}\d{1,3}$")]
    private static partial Regex Ipv4();
}
