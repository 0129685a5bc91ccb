using CertBot.Engine.Model;
using CertBot.Engine.Planning.Facts;
using CertBot.Engine.Procedures;

namespace CertBot.Engine.Planning;

/// <summary>
/// Certificate Change Notification: a cluster copies a regenerated identity certificate into its other nodes' trust
/// stores. Whoever trusted the old certificate must trust the new one, or the node's connections to it fail
/// (tomcat between nodes, cup and cup-xmpp between IM and Presence nodes, ipsec for DRF). The peers that hold the
/// current certificate are read at planning time; after the restarts a <see cref="StepKind.VerifyPeerCopies"/> step
/// per regenerated node reads them again for the new one. The copying itself is the platform's, never CertBot's.
/// </summary>
internal static class PeerCopies
{
    public static async Task PlanAsync(
        PlanningContext context, ClusterNodes cluster, CertificateUnit unit, IReadOnlyList<(NodeRef Node, CertificateInfo Current)> regenerated,
        CancellationToken cancellationToken)
    {
        var store = unit.TrustUnit + "-trust";
        foreach (var (node, current) in regenerated)
        {
            // A unit's trust store lives on the products that carry the unit.
            var peers = new List<NodeRef>();
            foreach (var peer in cluster.All.Where(n => n != node && unit.ExistsOn.Contains(n.Product)))
            {
                var trust = await (await context.Facts.ForAsync(peer, cancellationToken)).TrustAsync(cancellationToken);
                if (trust.Any(c => c.Store == store && Serials.Same(c.Serial, current.Serial)))
                {
                    peers.Add(peer);
                }
            }

            if (peers.Count == 0)
            {
                context.Plan.Decide(node.Name, $"no other node holds {node.Name}'s {unit} certificate in {store}: no copy to check");
                continue;
            }

            var names = string.Join(", ", peers.Select(p => p.Name));
            context.Plan.Decide(node.Name,
                $"{store} on {names} holds {node.Name}'s {unit} certificate (serial {current.Serial}): the cluster's Certificate Change Notification must replace it with the new one, checked after the restarts");
            context.Plan.Add(new PlanStep(0, StepKind.VerifyPeerCopies, node, $"Check the peers received {node.Name}'s new {unit} certificate",
                $"show cert own {unit}/{unit}.pem on {node.Name}; show cert list trust on {names}", false, Durations.FileCheck,
                Unit: unit.Name, Store: store, PreviousSerial: current.Serial, Peers: peers));
        }
    }
}
