using CertBot.Engine.Model;
using CertBot.Engine.Planning.Facts;

namespace CertBot.Engine.Planning;

/// <summary>
/// Trust certificates that still matter however expired or obsolete they look, so P6 never deletes them:
/// the copy of the Unified CM publisher's current <c>ipsec.pem</c> in <c>ipsec-trust</c> (without it DRF
/// backups fail with "Bad Certificate", seed 000's note under "IPSEC certificate"), and a CA that issued one
/// of the cluster's CA-signed identity certificates (its nodes and clients could no longer build the chain).
/// </summary>
internal sealed class ProtectedTrust
{
    private readonly CertificateInfo? publisherIpsec;
    private readonly List<(NodeRef Node, CertificateInfo Identity)> caSigned;

    private ProtectedTrust(CertificateInfo? publisherIpsec, List<(NodeRef, CertificateInfo)> caSigned)
    {
        this.publisherIpsec = publisherIpsec;
        this.caSigned = caSigned;
    }

    public static async Task<ProtectedTrust> ReadAsync(PlanningContext context, ClusterNodes cluster, CancellationToken cancellationToken)
    {
        CertificateInfo? ipsec = null;
        if (cluster.Publisher(Product.Cucm) is { } publisher)
        {
            ipsec = await (await context.Facts.ForAsync(publisher, cancellationToken)).IdentityAsync("ipsec", cancellationToken);
        }

        var anchored = new List<(NodeRef, CertificateInfo)>();
        foreach (var node in cluster.All)
        {
            anchored.AddRange((await (await context.Facts.ForAsync(node, cancellationToken)).OwnAsync(cancellationToken))
                .Where(c => !c.SelfSigned)
                .Select(c => (node, c)));
        }

        return new ProtectedTrust(ipsec, anchored);
    }

    /// <summary>Why <paramref name="trust"/> must stay, or null when deleting it breaks nothing CertBot knows of.</summary>
    public string? Reason(CertificateInfo trust)
    {
        ArgumentNullException.ThrowIfNull(trust);
        if (publisherIpsec is not null && trust.Store == "ipsec-trust"
            && string.Equals(trust.Serial, publisherIpsec.Serial, StringComparison.OrdinalIgnoreCase))
        {
            return $"it is the copy of the Unified CM publisher's current ipsec.pem (serial {trust.Serial}): without it DRF backups fail";
        }

        var anchored = caSigned.Where(a => SameName(a.Identity.Issuer, trust.Subject)).ToList();
        return anchored.Count == 0
            ? null
            : $"it is the CA that signed {string.Join(", ", anchored.Select(a => $"{a.Identity.Unit} on {a.Node.Name}"))}: the chain of that identity certificate would break";
    }

    /// <summary>Distinguished names compared as the platform prints them, ignoring case and spaces after commas.</summary>
    private static bool SameName(string a, string b) =>
        string.Equals(Normalise(a), Normalise(b), StringComparison.OrdinalIgnoreCase);

    private static string Normalise(string name) =>
        string.Join(",", name.Split(',').Select(p => p.Trim()));
}
