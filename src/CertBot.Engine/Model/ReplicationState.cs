namespace CertBot.Engine.Model;

/// <summary>The cluster's database replication as <c>utils dbreplication runtimestate</c> on the publisher shows it.</summary>
/// <param name="ServerCount">The <c>(N Servers)</c> of <c>Cluster Detailed View from …</c>; null when the output has no such line.</param>
public sealed record ReplicationState(int? ServerCount, IReadOnlyList<ReplicationServer> Servers)
{
    /// <summary>Why replication is not healthy (a server not <c>(2) Setup Completed</c>, rows missing), or null when it is.</summary>
    public string? Problem =>
        Servers.Count == 0 ? "no server row could be read"
        : ServerCount is { } count && count != Servers.Count ? $"{count} servers announced, {Servers.Count} rows read"
        : Servers.Any(s => !s.Healthy) ? "not (2) Setup Completed: " + string.Join(", ", Servers.Where(s => !s.Healthy))
        : null;
}
