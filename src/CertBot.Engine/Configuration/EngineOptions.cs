namespace CertBot.Engine.Configuration;

/// <summary>
/// Everything the engine plans and decides with: the clusters, who approves, when changes may happen.
/// Bound from the <c>CertBot</c> section of appsettings.json by the host; plain records so the engine needs
/// no configuration library.
/// </summary>
public sealed record EngineOptions
{
    /// <summary>How long an approval gate stays open before the run is cancelled.</summary>
    public static readonly TimeSpan DefaultGateExpiry = TimeSpan.FromHours(4);

    public IReadOnlyList<ClusterOptions> Clusters { get; init; } = [];

    /// <summary>Default 4 hours; an expired gate changes nothing and the runner cancels its run.</summary>
    public TimeSpan GateExpiry { get; init; } = DefaultGateExpiry;

    /// <summary>
    /// Whether <c>cli:</c> principals may approve. Off where the terminal is not trusted to say who is typing.
    /// </summary>
    public bool AllowCliApprovals { get; init; } = true;

    /// <summary>The SFTP server bulk certificate exchange (P8) uses; null when exchange is not set up.</summary>
    public BulkSftpOptions? BulkSftp { get; init; }

    /// <summary>The configured cluster with this name, or null.</summary>
    public ClusterOptions? FindCluster(string name) =>
        Clusters.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
