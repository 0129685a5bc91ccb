using CertBot.Engine.Model;
using CertBot.Engine.Planning.Facts;
using CertBot.Engine.Procedures;

namespace CertBot.Engine.Planning;

/// <summary>
/// P9: renew a CA-signed identity certificate. From live facts: which nodes hold the unit and how (issuer, SANs,
/// expiry); the distribution (a certificate naming several nodes is multi-server: one CSR on the product's
/// publisher covering them all; otherwise one CSR per node); then the CSRs, the wait for the CA's answer, an
/// approval of what will be installed, the chain into trust and the certificate, publisher first, and the
/// unit's restarts behind their own approval, as P1–P5 restart.
/// </summary>
public sealed class RenewalPlanner : IProcedurePlanner
{
    /// <summary>The units P9 renews: those whose restarts are known (P1–P5's sets; CallManager's from platform-cli.md §3.6), and their ECDSA twins.</summary>
    public static IReadOnlyList<CertificateUnit> Renewable { get; } =
        [UnitCatalog.Tomcat, UnitCatalog.CupXmpp, UnitCatalog.CupXmppS2s, UnitCatalog.Cup, UnitCatalog.CallManager, .. UnitCatalog.Ecdsa];

    public async Task PlanAsync(PlanningContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Unit is not { } unit || !Renewable.Contains(unit))
        {
            context.Plan.Block($"'{context.Request.Unit}' is not a unit CertBot renews through a CSR (one of {string.Join(", ", Renewable)})");
            return;
        }

        if (context.Cluster(context.Request.Cluster) is not { } cluster)
        {
            return;
        }

        await MembershipCheck.CheckAsync(context, cluster, cancellationToken);
        var holders = new List<(NodeRef Node, CertificateInfo Current)>();
        foreach (var node in cluster.All.Where(n => unit.ExistsOn.Contains(n.Product)))
        {
            if (await (await context.Facts.ForAsync(node, cancellationToken)).IdentityAsync(unit.Name, cancellationToken) is { } current)
            {
                context.Plan.Decide(node.Name, $"{unit} on {node.Name}: {(current.SelfSigned ? "self-signed" : "CA-signed by " + current.Issuer)}, " +
                    $"SANs {string.Join(", ", current.SubjectAlternativeNames)}, serial {current.Serial}, expires {current.NotAfter:yyyy-MM-dd}");
                holders.Add((node, current));
            }
            else if (unit.OnSomeNodes)
            {
                context.Plan.Decide(node.Name, $"{node.Name} has no {unit} certificate: not renewed there");
            }
            else
            {
                context.Plan.Block($"{node.Name} has no {unit}/{unit}.pem");
            }
        }

        if (holders.Count == 0 && !context.Plan.IsBlocked)
        {
            context.Plan.Block($"no node of {cluster.Name} has a {unit} certificate");
        }

        if (context.Plan.IsBlocked || holders.Count == 0)
        {
            return;
        }

        var shape = RenewalDistribution.Choose(context, cluster, unit, holders);
        if (shape is null)
        {
            return;
        }

        PlanSteps(context, cluster, unit, shape);
        await PlanRestartsAsync(context, cluster, unit, shape.Covered.Select(c => c.Node).ToList(), cancellationToken);
    }

    private static void PlanSteps(PlanningContext context, ClusterNodes cluster, CertificateUnit unit, RenewalDistribution shape)
    {
        var plan = context.Plan;
        var covered = shape.Covered.Select(c => c.Node.Name).ToList();
        plan.Gate($"Approve: renew {unit} on {string.Join(", ", covered)} with a CA-signed certificate ({(shape.MultiServer ? "one multi-server CSR" : "a CSR per node")})");
        foreach (var (node, current) in shape.CsrNodes)
        {
            var names = shape.MultiServer ? shape.Covered.Select(c => RenewalDistribution.FqdnOf(c.Node, c.Current)).ToList() : [RenewalDistribution.FqdnOf(node, current)];
            List<CertificateInfo> replaces = shape.MultiServer ? [.. shape.Covered.Select(c => c.Current)] : [current];
            var replacesUntil = ReplacesUntil(context, node, replaces);
            RenewalSteps.GenerateCsr(plan, node, current, shape.MultiServer, names, replacesUntil);
        }

        RenewalSteps.AwaitCertificate(plan, unit.Name, shape.CsrNodes.Select(c => c.Node).ToList());
        plan.Gate($"Approve the installation of the signed {unit} certificate (issuer, subject, SANs, validity and fingerprints as validated) on {string.Join(", ", covered)}");
        var trustUnit = unit.TrustUnit;
        foreach (var (node, _) in shape.Covered)
        {
            RenewalSteps.ImportChain(plan, node, unit.Name, trustUnit);
        }

        foreach (var (node, current) in shape.CsrNodes)
        {
            RenewalSteps.ImportOwn(plan, node, node, current);
        }

        foreach (var (node, current) in shape.Covered.Where(c => shape.CsrNodes.All(n => n.Node != c.Node)))
        {
            RenewalSteps.VerifyIdentity(plan, node, shape.CsrNodes[0].Node, current);
        }

        context.Plan.Decide(cluster.Name, $"trust before identity: the CA chain goes into {trustUnit}-trust on every node first, entries already there are skipped");
    }

    /// <summary>
    /// The signed certificate must outlast the CA-signed one(s) it replaces; a self-signed certificate (often valid
    /// longer than any CA signs) is not a bar: leaving it for a CA-signed one is the point.
    /// </summary>
    private static DateTimeOffset? ReplacesUntil(PlanningContext context, NodeRef csrNode, List<CertificateInfo> replaced)
    {
        var caSigned = replaced.Where(c => !c.SelfSigned).ToList();
        if (caSigned.Count < replaced.Count)
        {
            context.Plan.Decide(csrNode.Name, caSigned.Count == 0
                ? $"the CSR of {csrNode.Name} replaces self-signed certificates only: the signed certificate need not outlast them"
                : $"the signed certificate for the CSR of {csrNode.Name} must outlast the CA-signed certificate(s) it replaces, not the self-signed ones");
        }

        return caSigned.Count == 0 ? null : caSigned.Max(c => c.NotAfter);
    }

    private static async Task PlanRestartsAsync(PlanningContext context, ClusterNodes cluster, CertificateUnit unit, IReadOnlyList<NodeRef> covered, CancellationToken cancellationToken)
    {
        var presence = covered.Any(n => n.Product == Product.Imp);
        context.Plan.Gate($"Approve the restarts: the new {unit} certificate becomes active and users notice the restarts");
        if (presence)
        {
            PresenceRedundancy.SwitchOff(context.Plan);
        }

        var phones = unit.RestartServices.Contains(Services.CallManager);
        if (phones)
        {
            await PhoneUnitRenewal.BeforeRestartsAsync(context, cluster, unit, cancellationToken);
        }

        await RegenerationRestarts.PlanAsync(context, cluster, unit, covered, cancellationToken);
        if (phones)
        {
            PhoneUnitRenewal.AfterRestarts(context, unit, covered);
        }

        if (unit.PushToJabber)
        {
            context.Plan.Manual(null, "Make sure Jabber clients trust the CA",
                "Jabber validates this certificate: clients that do not trust the CA yet warn their users; push the root and issuing CA certificates to them (group policy, MDM), then confirm");
        }

        if (presence)
        {
            PresenceRedundancy.SwitchOn(context.Plan);
        }
    }
}
