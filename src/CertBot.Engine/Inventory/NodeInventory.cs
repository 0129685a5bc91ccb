using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Engine.Inventory;

/// <summary>What one node told the inventory (P0). Partial when a command failed after login.</summary>
/// <param name="Reachable">True once CertBot was logged in to the node's CLI.</param>
/// <param name="Error">Why the inventory of this node is missing or incomplete; null when complete.</param>
/// <param name="ClusterMembers">From <c>show network cluster</c>, on publishers only.</param>
public sealed record NodeInventory(
    NodeRef Node,
    string? Version,
    bool Reachable,
    string? Error,
    NodeFailure? Failure,
    IReadOnlyList<CertificateInfo> Certificates,
    IReadOnlyList<ServiceStatus> Services,
    IReadOnlyList<ClusterMember> ClusterMembers,
    TimeSpan Elapsed)
{
    /// <summary>
    /// <c>utils dbreplication runtimestate</c> of a Unified CM publisher when read for the facts cache (every plan
    /// that changes something checks it first); null elsewhere, and when it could not be read.
    /// </summary>
    public ReplicationState? Replication { get; init; }
}
