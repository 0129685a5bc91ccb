using CertBot.Lab.Definition;
using CertBot.Lab.Pki;
using CertBot.Lab.State;

namespace CertBot.Lab.Seeding;

/// <summary>Writes the identity certificates of one node: self-signed for five years, or signed by the lab CA.</summary>
internal static class IdentitySeeder
{
    /// <summary>Creates every identity unit of the node and returns the certificates by unit.</summary>
    public static Dictionary<string, IssuedCertificate> Seed(
        SeedContext context, ClusterDefinition cluster, NodeDefinition node, CertificateFiles files, int nodeIndex)
    {
        var fqdn = cluster.FqdnOf(node);
        var issued = new Dictionary<string, IssuedCertificate>(StringComparer.Ordinal);

        // Nodes were "installed" on different days, so validities differ from node to node.
        var installed = context.Now.AddDays(-(120 + (nodeIndex * 37))).AddSeconds(-nodeIndex * 613);
        foreach (var unit in UnitCatalog.UnitsOf(node.Product))
        {
            var caSigned = node.CaSignedUnits.Contains(unit, StringComparer.Ordinal);
            var request = new IdentityRequest(UnitCatalog.CommonNameOf(unit, fqdn), DnsNamesOf(cluster, node, unit, caSigned), unit == "ipsec");
            using var key = context.KeyFor(unit);
            var notAfter = caSigned ? installed.AddYears(2) : installed.AddYears(5);
            var certificate = CertificateFactory.CreateIdentity(request, key, caSigned ? context.Authority : null, installed, notAfter);
            var result = IssuedCertificate.From(certificate, key);
            files.WriteOwn(unit, result.CertificatePem, result.KeyPem);
            issued[unit] = result;
        }

        return issued;
    }

    private static List<string> DnsNamesOf(ClusterDefinition cluster, NodeDefinition node, string unit, bool caSigned)
    {
        var fqdn = cluster.FqdnOf(node);
        var names = new List<string> { fqdn, node.Name };
        if (unit.StartsWith("cup-xmpp", StringComparison.Ordinal))
        {
            // XMPP certificates name the IM domain; a CA-signed one is multi-server (every IM/P node).
            if (caSigned)
            {
                names.AddRange(cluster.Nodes.Where(n => n.Product == "imp" && n != node).Select(cluster.FqdnOf));
            }

            names.Add(cluster.Domain);
        }

        return names;
    }
}
