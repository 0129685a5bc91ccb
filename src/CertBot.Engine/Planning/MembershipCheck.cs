using CertBot.Engine.Model;
using CertBot.Engine.Planning.Facts;

namespace CertBot.Engine.Planning;

/// <summary>
/// Compares the configured nodes with <c>show network cluster</c> on the publisher: a node that is not
/// authenticated, missing, or in another role blocks the plan; a live node nobody configured is named, and
/// left alone. The member list is part of the plan, so a node joining later voids an approval.
/// </summary>
public static class MembershipCheck
{
    public static async Task CheckAsync(PlanningContext context, ClusterNodes cluster, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(cluster);
        var publisher = cluster.Publisher(Product.Cucm) ?? (cluster.All.Count > 0 ? cluster.All[0] : null);
        if (publisher is null)
        {
            context.Plan.Block($"cluster {cluster.Name} has no configured node");
            return;
        }

        var members = await (await context.Facts.ForAsync(publisher, cancellationToken)).NetworkClusterAsync(cancellationToken);
        foreach (var node in cluster.All)
        {
            var member = members.FirstOrDefault(m => Matches(m, node.Name));
            if (member is null)
            {
                context.Plan.Block($"{node.Name} is configured in {cluster.Name} but not listed by show network cluster on {publisher.Name}");
            }
            else if (member.Product != node.Product || member.Role != node.Role)
            {
                context.Plan.Block($"{node.Name} is configured as {node.Product} {node.Role} but the cluster lists it as {member.Product} {member.Role}");
            }
            else if (!member.Authenticated)
            {
                context.Plan.Block($"{node.Name} is not authenticated in show network cluster: fix the cluster before changing it");
            }
        }

        foreach (var stranger in members.Where(m => !cluster.All.Any(n => Matches(m, n.Name))))
        {
            context.Plan.Decide(cluster.Name, $"{stranger.HostName} ({stranger.Product} {stranger.Role}) is in the cluster but not configured: not touched");
        }
    }

    /// <summary>The live member a configured node name stands for, or null.</summary>
    public static ClusterMember? Find(IReadOnlyList<ClusterMember> members, string name) =>
        members.FirstOrDefault(m => Matches(m, name));

    private static bool Matches(ClusterMember member, string name) =>
        string.Equals(member.HostName, name, StringComparison.OrdinalIgnoreCase) ||
        (member.Fqdn is { } fqdn && (string.Equals(fqdn, name, StringComparison.OrdinalIgnoreCase) ||
            fqdn.StartsWith(name + ".", StringComparison.OrdinalIgnoreCase)));
}
