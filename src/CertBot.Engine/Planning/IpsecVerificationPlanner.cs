using CertBot.Engine.Model;

namespace CertBot.Engine.Planning;

/// <summary>
/// P7: the report (one decision per node) and, where a node mismatches, the remedy behind a gate: delete the
/// stale <c>ipsec-trust</c> entry, upload the publisher's <c>ipsec.pem</c> as <c>ipsec-trust</c>, restart DRF.
/// With every node matching the plan has no step: it is a report.
/// </summary>
public sealed class IpsecVerificationPlanner : IProcedurePlanner
{
    public async Task PlanAsync(PlanningContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cluster = context.Cluster(context.Request.Cluster);
        if (cluster is null)
        {
            return;
        }

        await MembershipCheck.CheckAsync(context, cluster, cancellationToken);
        if (await IpsecTrustInspection.InspectAsync(context, cluster, cancellationToken) is not var (publisher, certificate, findings))
        {
            return;
        }

        var broken = findings.Where(f => !f.Match).ToList();
        if (broken.Count == 0)
        {
            context.Plan.Decide(cluster.Name, "every node trusts the publisher's ipsec.pem: nothing to remedy");
            return;
        }

        context.Plan.Gate($"Approve the remedy: replace the IPsec trust on {string.Join(", ", broken.Select(f => f.Node.Name))}");
        foreach (var finding in broken)
        {
            foreach (var stale in finding.Stale)
            {
                context.Plan.DeleteTrust(finding.Node, stale);
            }

            context.Plan.Add(new PlanStep(0, StepKind.ImportTrust, finding.Node,
                $"Upload {publisher.Name}'s ipsec.pem to ipsec-trust on {finding.Node.Name}",
                $"set cert import trust {IpsecTrustInspection.Unit}", false, Durations.TrustChange,
                Unit: IpsecTrustInspection.Unit, Store: CertificateInfo.OwnStore, File: "ipsec.pem",
                SourceNode: publisher, ExpectedSerial: certificate.Serial));
        }

        await context.RestartWhereRunningAsync(publisher, Services.DrfMaster, cancellationToken);
        foreach (var node in cluster.All)
        {
            await context.RestartWhereRunningAsync(node, Services.DrfLocal, cancellationToken);
        }

        context.Plan.Decide(cluster.Name, "after the remedy, run a DRF test backup");
    }
}
