namespace CertBot.Engine.Inventory.Cache;

/// <summary>
/// One cluster's facts as the refresher last read them (procedure P0 plus the Unified CM publisher's database
/// replication), and when: what <c>certs</c>, the plan cards and the expiry watch answer from.
/// </summary>
/// <param name="Cluster">The configured cluster's name.</param>
/// <param name="ReadAt">When the read began: every fact is at least this recent.</param>
/// <param name="Nodes">Every configured node, in the cluster's work order; a node that failed carries its error.</param>
public sealed record ClusterFacts(string Cluster, DateTimeOffset ReadAt, IReadOnlyList<NodeInventory> Nodes)
{
    /// <summary>Every node was read completely: only then can a plan be made from these facts alone.</summary>
    public bool Complete => Nodes.Count > 0 && Nodes.All(n => n.Error is null);

    public TimeSpan Age(DateTimeOffset now) => now - ReadAt;
}
