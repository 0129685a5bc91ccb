namespace CertBot.Engine.Configuration;

/// <summary>One CUCM cluster (with its IM and Presence nodes) as configured.</summary>
/// <param name="Nodes">In the order subscribers are worked on; the publisher of each product goes first anyway.</param>
/// <param name="Approvers">Principals (<c>aad:&lt;object id&gt;</c>, <c>slack:&lt;user id&gt;</c>, <c>cli:&lt;name&gt;</c>) who may approve.</param>
/// <param name="MaintenanceWindows">When service-impacting steps may run; none means "any time".</param>
/// <param name="TimeZone">IANA or Windows id the windows are expressed in (<c>Europe/Amsterdam</c>).</param>
public sealed record ClusterOptions(
    string Name,
    IReadOnlyList<NodeOptions> Nodes,
    IReadOnlyList<string> Approvers,
    IReadOnlyList<MaintenanceWindowOptions> MaintenanceWindows,
    string TimeZone = "UTC");
