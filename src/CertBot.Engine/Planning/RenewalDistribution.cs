using CertBot.Engine.Model;
using CertBot.Engine.Planning.Facts;
using CertBot.Engine.Procedures;

namespace CertBot.Engine.Planning;

/// <summary>
/// How a renewal is distributed: a multi-server (SAN) CSR on the product's publisher covering its nodes (tomcat on
/// the Unified CM publisher covers every node of both products; CallManager the Unified CM nodes; the XMPP units on
/// the IM and Presence publisher cover the IM and Presence nodes), or one CSR per node. The default is what the current certificate is: one
/// that names another node of the cluster is multi-server.
/// </summary>
internal sealed record RenewalDistribution(
    bool MultiServer,
    IReadOnlyList<(NodeRef Node, CertificateInfo Current)> CsrNodes,
    IReadOnlyList<(NodeRef Node, CertificateInfo Current)> Covered)
{
    /// <summary>The distribution, with the decisions that explain it; null (and a blocker) when none fits.</summary>
    public static RenewalDistribution? Choose(PlanningContext context, ClusterNodes cluster, CertificateUnit unit, IReadOnlyList<(NodeRef Node, CertificateInfo Current)> holders)
    {
        var fqdns = holders.Select(h => FqdnOf(h.Node, h.Current)).ToList();
        var multiSan = holders.Any(h => fqdns.Count(f => h.Current.SubjectAlternativeNames.Contains(f, StringComparer.OrdinalIgnoreCase)) > 1);
        var multi = context.Request.MultiServer ?? multiSan;
        context.Plan.Decide(cluster.Name, context.Request.MultiServer is null
            ? $"distribution {(multi ? "multi-server" : "single-node")}: the current {unit} certificate {(multiSan ? "names several nodes" : "names its own node only")}"
            : $"distribution {(multi ? "multi-server" : "single-node")}, as asked");
        if (!multi)
        {
            var caSigned = holders.Where(h => !h.Current.SelfSigned).ToList();
            if (caSigned.Count == 0)
            {
                context.Plan.Decide(cluster.Name, $"no node has a CA-signed {unit} yet: every node gets one");
            }

            var renew = caSigned.Count > 0 ? caSigned : holders.ToList();
            return new RenewalDistribution(false, renew, renew);
        }

        if (MultiServerProduct(cluster, unit) is not { } product || cluster.Publisher(product) is not { } publisher || holders.All(h => h.Node != publisher))
        {
            context.Plan.Block($"{unit} has no multi-server CSR on {cluster.Name}: renew it with a CSR per node (single-node)");
            return null;
        }

        // tomcat on the Unified CM publisher covers the IM and Presence nodes too; every other SAN CSR its own product's.
        var covered = unit.TrustUnit == UnitCatalog.Tomcat.Name && product == Product.Cucm ? holders : holders.Where(h => h.Node.Product == product).ToList();
        context.Plan.Decide(publisher.Name, $"the multi-server CSR is generated on {publisher.Name} and covers {string.Join(", ", covered.Select(c => c.Node.Name))}");
        return new RenewalDistribution(true, holders.Where(h => h.Node == publisher).ToList(), covered);
    }

    /// <summary>
    /// The product whose publisher generates the unit's multi-server CSR (platform-cli.md §3.6, the lab's
    /// CsrDistribution): tomcat on the Unified CM publisher (the IM and Presence one without Unified CM nodes),
    /// CallManager on the Unified CM publisher, the XMPP units on the IM and Presence publisher; ECDSA twins alike.
    /// Null for the units the platform renews per node only (cup, ipsec, CAPF, TVS, ITLRecovery).
    /// </summary>
    private static Product? MultiServerProduct(ClusterNodes cluster, CertificateUnit unit) => unit.TrustUnit switch
    {
        "tomcat" => cluster.Publisher(Product.Cucm) is not null ? Product.Cucm : Product.Imp,
        "CallManager" => Product.Cucm,
        "cup-xmpp" => Product.Imp,
        _ => null,
    };

    /// <summary>The node's FQDN as its certificate names it: the SAN or CN that starts with its host name.</summary>
    public static string FqdnOf(NodeRef node, CertificateInfo current)
    {
        var prefix = node.Name + ".";
        var cn = CommonName(current.Subject);
        return current.SubjectAlternativeNames.FirstOrDefault(n => n.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            ?? (cn is not null && cn.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? cn : node.Name);
    }

    private static string? CommonName(string subject) =>
        subject.Split(',').Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith("CN=", StringComparison.OrdinalIgnoreCase))?[3..];
}
