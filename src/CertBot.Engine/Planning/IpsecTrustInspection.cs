using CertBot.Engine.Model;
using CertBot.Engine.Planning.Facts;

namespace CertBot.Engine.Planning;

/// <summary>
/// Serial of <c>ipsec.pem</c> on the CUCM publisher versus the matching entry in <c>ipsec-trust</c> on every
/// other node, CUCM and IM/P (seed 000, note under "IPSEC certificate"). A mismatch breaks DRF backups.
/// </summary>
public static class IpsecTrustInspection
{
    public const string TrustStore = "ipsec-trust";

    /// <summary>The unit <c>set cert import trust</c> names to reach <see cref="TrustStore"/>: real nodes take the unit, not the store.</summary>
    public const string Unit = "ipsec";

    /// <summary>The findings, one decision per node; null (with a blocker) when the publisher's certificate is unknown.</summary>
    public static async Task<(NodeRef Publisher, CertificateInfo Certificate, IReadOnlyList<IpsecTrustFinding> Findings)?> InspectAsync(
        PlanningContext context, ClusterNodes cluster, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(cluster);
        if (cluster.Publisher(Product.Cucm) is not { } publisher)
        {
            context.Plan.Block($"cluster {cluster.Name} has no configured Unified CM publisher: the IPsec trust cannot be checked");
            return null;
        }

        var certificate = await (await context.Facts.ForAsync(publisher, cancellationToken)).IdentityAsync("ipsec", cancellationToken);
        if (certificate is null)
        {
            context.Plan.Block($"{publisher.Name} has no ipsec/ipsec.pem");
            return null;
        }

        if (certificate.IsExpired(context.Now))
        {
            context.Plan.Block($"ipsec.pem on {publisher.Name} expired on {certificate.NotAfter:yyyy-MM-dd}: regenerate it first");
        }

        var findings = new List<IpsecTrustFinding>();
        foreach (var node in cluster.All.Where(n => n != publisher))
        {
            var trust = (await (await context.Facts.ForAsync(node, cancellationToken)).TrustAsync(cancellationToken))
                .Where(c => c.Store == TrustStore)
                .ToList();
            var match = trust.Any(c => Serials.Same(c.Serial, certificate.Serial));
            var stale = trust.Where(c => c.Subject == certificate.Subject && !Serials.Same(c.Serial, certificate.Serial)).ToList();
            findings.Add(new IpsecTrustFinding(node, certificate.Serial, match, stale));
            context.Plan.Decide(node.Name, match
                ? $"ipsec-trust holds {publisher.Name}'s ipsec.pem (serial {certificate.Serial}): match"
                : $"ipsec-trust lacks {publisher.Name}'s ipsec.pem (serial {certificate.Serial}; found {Describe(stale)}): mismatch, DRF backups fail");
        }

        return (publisher, certificate, findings);
    }

    /// <summary>P4's precondition: every node must already trust the publisher's current ipsec.pem.</summary>
    public static async Task RequireMatchAsync(PlanningContext context, ClusterNodes cluster, CancellationToken cancellationToken)
    {
        var inspection = await InspectAsync(context, cluster, cancellationToken);
        foreach (var finding in inspection?.Findings.Where(f => !f.Match) ?? [])
        {
            context.Plan.Block($"ipsec-trust on {finding.Node.Name} does not hold the CUCM publisher's ipsec.pem: run verify-ipsec and its remedy first");
        }
    }

    /// <summary>
    /// After the DRF restarts: P7 again as a step of the same run, then the test backup that proves DRF works
    /// (a mismatch shows only there: "Bad Certificate", "Master or Local Agent could be down").
    /// </summary>
    public static void VerifyAfterRestarts(PlanningContext context, ClusterNodes cluster)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(cluster);
        if (cluster.Publisher(Product.Cucm) is not { } publisher)
        {
            return;
        }

        context.Plan.Add(new PlanStep(0, StepKind.VerifyIpsecTrust, publisher, $"Verify the IPsec trust of {cluster.Name} again (verify-ipsec)",
            $"show cert own ipsec/ipsec.pem on {publisher.Name}; show cert list trust on every other node", false, Durations.FileCheck));
        context.Plan.Manual(null, "Take a test backup",
            $"Run a DRF test backup of {cluster.Name} (Disaster Recovery System > Backup > Manual Backup) and confirm it completes on every node: a broken IPsec trust shows there as \"Bad Certificate\" or \"Master or Local Agent could be down\"");
    }

    private static string Describe(List<CertificateInfo> stale) =>
        stale.Count == 0 ? "no entry for its subject" : "serial " + string.Join(", ", stale.Select(s => s.Serial));
}
