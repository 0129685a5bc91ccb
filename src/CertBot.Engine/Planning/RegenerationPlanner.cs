using CertBot.Engine.Model;
using CertBot.Engine.Procedures;

namespace CertBot.Engine.Planning;

/// <summary>
/// P1–P5: regenerate one identity unit on every node that has it, publisher first; every regeneration
/// before the approval gate that precedes the first restart; restarts per procedures.md, service by
/// service, publisher first each time.
/// </summary>
public sealed class RegenerationPlanner : IProcedurePlanner
{
    public async Task PlanAsync(PlanningContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Unit is not { IsRegenerable: true } unit)
        {
            context.Plan.Block($"'{context.Request.Unit}' is not a unit CertBot regenerates (one of {string.Join(", ", UnitCatalog.Regenerable)})");
            return;
        }

        var cluster = context.Cluster(context.Request.Cluster);
        if (cluster is null)
        {
            return;
        }

        await MembershipCheck.CheckAsync(context, cluster, cancellationToken);
        var nodes = cluster.All.Where(n => unit.RegenerableOn.Contains(n.Product)).ToList();
        if (!unit.RegenerableOn.Contains(Product.Cucm))
        {
            context.Plan.Decide(cluster.Name, $"{unit} is an IM and Presence certificate: Unified CM nodes are not touched");
        }

        if (nodes.Count == 0)
        {
            context.Plan.Block($"cluster {cluster.Name} has no IM and Presence node: nothing has a {unit} certificate");
            return;
        }

        var (regenerate, caSignedHolders) = await SelectAsync(context, nodes, unit, cancellationToken);
        if (regenerate.Count == 0 && caSignedHolders.Count > 0 && !context.Plan.IsBlocked && RenewalPlanner.Renewable.Contains(unit))
        {
            // The planner answers with the renewal; a run's re-check keeps to its own procedure and finds nothing to do.
            context.AnswerWith(RenewalHandover.For(context.Request, unit, caSignedHolders));
        }

        var caSigned = KeepCaSigned(context, unit, caSignedHolders, mixed: regenerate.Count > 0);
        var restartOn = MixedCluster.RestartOn(context, unit, nodes, regenerate.Select(r => r.Node).ToList(), caSigned);
        if (unit == UnitCatalog.Ipsec)
        {
            await IpsecTrustInspection.RequireMatchAsync(context, cluster, cancellationToken);
        }

        if (regenerate.Count == 0 || context.Plan.IsBlocked)
        {
            if (regenerate.Count == 0)
            {
                context.Plan.Decide(cluster.Name, $"no {unit} certificate to regenerate");
            }

            return;
        }

        var presence = regenerate.Any(r => r.Node.Product == Product.Imp);
        context.Plan.Gate($"Approve: regenerate {unit} on {string.Join(", ", regenerate.Select(r => r.Node.Name))}");
        if (presence)
        {
            PresenceRedundancy.SwitchOff(context.Plan);
        }

        foreach (var (node, current) in regenerate)
        {
            context.Plan.Regenerate(node, current);
        }

        context.Plan.Gate($"Approve the restarts: the new {unit} certificate becomes active and users notice the restarts");
        await RegenerationRestarts.PlanAsync(context, cluster, unit, restartOn, cancellationToken);
        await PeerCopies.PlanAsync(context, cluster, unit, regenerate, cancellationToken);
        if (presence && unit.PushToJabber)
        {
            context.Plan.Manual(null, "Push the new certificate to Jabber clients",
                "Jabber clients that do not trust the new self-signed certificate warn their users: push the certificate (or the CA chain) through group policy, MDM or e-mail, then confirm");
        }

        if (presence)
        {
            PresenceRedundancy.SwitchOn(context.Plan);
        }
    }

    /// <summary>Self-signed certificates go on; the CA-signed ones are set aside (never replaced silently).</summary>
    private static async Task<(List<(NodeRef Node, CertificateInfo Current)> Selected, List<(NodeRef Node, CertificateInfo Current)> CaSigned)> SelectAsync(
        PlanningContext context, IReadOnlyList<NodeRef> nodes, CertificateUnit unit, CancellationToken cancellationToken)
    {
        var selected = new List<(NodeRef, CertificateInfo)>();
        var caSigned = new List<(NodeRef, CertificateInfo)>();
        foreach (var node in nodes)
        {
            var current = await (await context.Facts.ForAsync(node, cancellationToken)).IdentityAsync(unit.Name, cancellationToken);
            if (current is null)
            {
                context.Plan.Block($"{node.Name} has no {unit}/{unit}.pem");
            }
            else if (!current.SelfSigned)
            {
                caSigned.Add((node, current));
            }
            else
            {
                context.Plan.Decide(node.Name, $"{unit} is self-signed on {node.Name} (serial {current.Serial}, expires {current.NotAfter:yyyy-MM-dd}): regenerated");
                selected.Add((node, current));
            }
        }

        return (selected, caSigned);
    }

    /// <summary>
    /// A CA-signed node is left out and named with the renewal that keeps it CA-signed (beside self-signed nodes, a
    /// CSR for it alone); cup stops the procedure instead.
    /// </summary>
    private static List<NodeRef> KeepCaSigned(PlanningContext context, CertificateUnit unit, List<(NodeRef Node, CertificateInfo Current)> caSigned, bool mixed)
    {
        var renew = RenewalPlanner.Renewable.Contains(unit) ? $" (`{ProcedureRequest.Renew(context.Request.Cluster, unit, mixed ? false : null)}`)" : "";
        foreach (var (node, current) in caSigned)
        {
            if (unit.CaSigned == CaSignedHandling.Block)
            {
                context.Plan.Block($"{unit} is CA-signed on {node.Name}: regeneration would replace it with a self-signed certificate; renew it through a CSR{renew}");
            }
            else
            {
                context.Plan.Decide(node.Name, $"{unit} is CA-signed on {node.Name} by {current.Issuer}: not regenerated; renew it through a CSR{renew}");
            }
        }

        return [.. caSigned.Select(c => c.Node)];
    }
}
