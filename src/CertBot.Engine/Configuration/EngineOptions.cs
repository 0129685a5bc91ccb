namespace CertBot.Engine.Configuration;

/// <summary>
/// The <c>CertBot</c> section: the clusters and their nodes, who approves, when changes may happen, the bulk
/// SFTP server. The one model of the section for every project (the adapter reads the nodes' addresses from
/// it too), bound once by <see cref="EngineServiceCollectionExtensions.AddCertBotOptions"/>.
/// </summary>
public sealed record EngineOptions
{
    public const string Section = "CertBot";

    /// <summary>How long an approval gate stays open before the run is cancelled.</summary>
    public static readonly TimeSpan DefaultGateExpiry = TimeSpan.FromHours(4);

    public IReadOnlyList<ClusterOptions> Clusters { get; init; } = [];

    /// <summary>Each person with their identities in every namespace; approvers and requesters may name them.</summary>
    public IReadOnlyList<PersonOptions> People { get; init; } = [];

    /// <summary>Default 4 hours; an expired gate changes nothing and the runner cancels its run.</summary>
    public TimeSpan GateExpiry { get; init; } = DefaultGateExpiry;

    /// <summary>
    /// Whether <c>cli:</c> principals may approve. Off where the terminal is not trusted to say who is typing.
    /// </summary>
    public bool AllowCliApprovals { get; init; } = true;

    /// <summary><c>CertBot:Sftp</c> as written; <see cref="BulkSftp"/> is what planning uses.</summary>
    public SftpOptions? Sftp { get; init; }

    /// <summary>How long a worker's claim on a run lasts without renewal (renewed every third of it while a step runs).</summary>
    public static readonly TimeSpan DefaultLeaseTime = TimeSpan.FromSeconds(60);

    /// <summary>
    /// A run whose worker died is offered for recovery about this long after its last renewal; shorter recovers
    /// sooner, longer tolerates a slower store. Default 60 s.
    /// </summary>
    public TimeSpan LeaseTime { get; init; } = DefaultLeaseTime;

    /// <summary>On shutdown, how long a running step may still finish before the worker gives its lease back. Default 30 s.</summary>
    public TimeSpan ShutdownGrace { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The SFTP server bulk certificate exchange (P8) uses; null when exchange is not set up.</summary>
    public SftpOptions? BulkSftp => Sftp is { } sftp && !string.IsNullOrWhiteSpace(sftp.Host) ? sftp : null;

    /// <summary>The configured cluster with this name, or null.</summary>
    public ClusterOptions? FindCluster(string name) =>
        Clusters.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
