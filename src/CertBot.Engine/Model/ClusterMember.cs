namespace CertBot.Engine.Model;

/// <summary>One row of <c>show network cluster</c>.</summary>
/// <param name="Fqdn">Null when the node has no domain configured.</param>
/// <param name="Authenticated">False for any state other than <c>authenticated</c>.</param>
/// <param name="IsLocal">The node the command ran on (its row has no <c>using TCP since</c> suffix).</param>
public sealed record ClusterMember(
    string Address,
    string? Fqdn,
    string HostName,
    Product Product,
    NodeRole Role,
    bool Authenticated,
    bool IsLocal);
