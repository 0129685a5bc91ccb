using CertBot.Engine.Configuration;
using CertBot.Engine.Model;

namespace CertBot.Engine.Planning.Facts;

/// <summary>
/// A configured cluster's nodes in work order: Unified CM before IM and Presence, each product's publisher
/// first, then its subscribers in the configured order. Never in parallel (procedures.md, "Publisher first").
/// </summary>
public sealed class ClusterNodes
{
    public ClusterNodes(ClusterOptions cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        Cluster = cluster;
        All = cluster.Nodes
            .Select((n, position) => (Ref: new NodeRef(cluster.Name, n.Name, n.Product, n.Role), position))
            .OrderBy(n => n.Ref.Product == Product.Cucm ? 0 : 1)
            .ThenBy(n => n.Ref.Role == NodeRole.Publisher ? 0 : 1)
            .ThenBy(n => n.position)
            .Select(n => n.Ref)
            .ToList();
    }

    public ClusterOptions Cluster { get; }

    public string Name => Cluster.Name;

    public IReadOnlyList<NodeRef> All { get; }

    public IReadOnlyList<NodeRef> Of(Product product) => All.Where(n => n.Product == product).ToList();

    public NodeRef? Publisher(Product product) =>
        All.FirstOrDefault(n => n.Product == product && n.Role == NodeRole.Publisher);
}
