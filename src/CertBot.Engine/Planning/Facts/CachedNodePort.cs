using CertBot.Engine.Inventory.Cache;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Engine.Planning.Facts;

/// <summary>
/// The node port a plan made from cached facts reads through: a node the cache read completely answers from
/// its facts without a login (<see cref="CachedNodeSession"/>); any other node is logged in to live. Planning is
/// read-only, so a plan from the cache can be wrong on the card but never makes anything run: the runner
/// re-checks the plan against live state before the first change, and a difference voids the approval.
/// </summary>
public sealed class CachedNodePort(IEnumerable<ClusterFacts> facts, INodePort live) : INodePort
{
    private readonly Dictionary<NodeRef, Inventory.NodeInventory> nodes = facts.Where(f => f.Complete)
        .SelectMany(f => f.Nodes).ToDictionary(n => n.Node);

    public async Task<INodeSession> OpenAsync(NodeRef node, CancellationToken cancellationToken) =>
        nodes.TryGetValue(node, out var read) ? new CachedNodeSession(read, live) : await live.OpenAsync(node, cancellationToken);
}
