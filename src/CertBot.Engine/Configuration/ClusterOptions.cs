namespace CertBot.Engine.Configuration;

/// <summary>One CUCM cluster (with its IM and Presence nodes) as configured (<c>CertBot:Clusters[]</c>).</summary>
public sealed record ClusterOptions
{
    public ClusterOptions()
    {
    }

    public ClusterOptions(string name, IReadOnlyList<NodeOptions> nodes, IReadOnlyList<string> approvers,
        IReadOnlyList<MaintenanceWindowOptions> maintenanceWindows, string timeZone = "UTC")
    {
        Name = name;
        Nodes = nodes;
        Approvers = approvers;
        MaintenanceWindows = maintenanceWindows;
        TimeZone = timeZone;
    }

    public string Name { get; init; } = "";

    /// <summary>In the order subscribers are worked on; the publisher of each product goes first anyway.</summary>
    public IReadOnlyList<NodeOptions> Nodes { get; init; } = [];

    /// <summary>
    /// Who may approve: principals (<c>aad:&lt;object id&gt;</c>, <c>slack:&lt;user id&gt;</c>, <c>cli:&lt;name&gt;</c>),
    /// each only for itself, or names of <see cref="EngineOptions.People"/>, for every identity of that person.
    /// </summary>
    public IReadOnlyList<string> Approvers { get; init; } = [];

    /// <summary>
    /// Who may request changes (and plan, which logs into every node), in the same forms as <see cref="Approvers"/>;
    /// empty means everyone who can reach the bot. Approvers are not requesters unless listed.
    /// </summary>
    public IReadOnlyList<string> Requesters { get; init; } = [];

    /// <summary>
    /// With <see cref="Requesters"/> set: whether the read-only commands (certificates, plan display, runs) stay
    /// open to everyone; otherwise only requesters and approvers use them. Default false.
    /// </summary>
    public bool ReadOnlyForEveryone { get; init; }

    /// <summary>When service-impacting steps may run; none means "any time".</summary>
    public IReadOnlyList<MaintenanceWindowOptions> MaintenanceWindows { get; init; } = [];

    /// <summary>IANA or Windows id the windows are expressed in (<c>Europe/Amsterdam</c>).</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>
    /// Off (the default): plans follow the seeds on every release. On: a plan leaves out what the cluster's
    /// release makes unnecessary (P6's service stops from Unified CM 12.0 / IM and Presence 12.0; the deletion
    /// of each copy of a trust certificate from 11.0, where one deletion propagates cluster-wide) and says so.
    /// </summary>
    public bool SkipStepsTheReleaseMakesUnnecessary { get; init; }

    /// <summary>
    /// The CA connector that signs this cluster's renewal CSRs (<see cref="Renewal.Authorities.ICertificateAuthority"/>):
    /// <c>manual</c> (the default) waits for people to return the CA's answer in the run's thread.
    /// </summary>
    public string CertificateAuthority { get; init; } = Renewal.Authorities.ManualCertificateAuthority.ConnectorName;
}
