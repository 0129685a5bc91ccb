namespace CertBot.Lab.State;

/// <summary>
/// Everything a simulated node remembers between logins except certificate files (<c>node.json</c>).
/// </summary>
public sealed class NodeState
{
    public NodeIdentity Identity { get; set; } = new();

    /// <summary>Active master version, e.g. <c>14.0.1.13900-155</c>.</summary>
    public string Version { get; set; } = "";

    /// <summary>Every node of the cluster, this one included, in configured order.</summary>
    public List<PeerNode> Peers { get; set; } = [];

    /// <summary>Platform and application services in <c>utils service list</c> order.</summary>
    public List<ServiceRecord> Services { get; set; } = [];

    /// <summary>Enterprise parameters by processconfig name (RollBackToPreGrayback, ClusterSecurityMode).</summary>
    public Dictionary<string, string> EnterpriseParameters { get; set; } = [];

    /// <summary>Settings of <c>set cert bulk sftp</c>; null until configured.</summary>
    public BulkSftpSettings? BulkSftp { get; set; }

    /// <summary>Known-hosts file that pins the SFTP server's host key for bulk transfers.</summary>
    public string? SftpKnownHostsFile { get; set; }

    public NodeTiming Timing { get; set; } = new();

    /// <summary>Pagination at login (real nodes start with it on).</summary>
    public bool PaginationDefault { get; set; } = true;

    /// <summary>Lines per page of the "Press &lt;enter&gt;" pager.</summary>
    public int PageLines { get; set; } = 20;

    /// <summary>Every Nth prompt is preceded by ESC[K instead of a line end (0 = never).</summary>
    public int EraseLinePromptEvery { get; set; } = 4;

    /// <summary>Presence Redundancy Group high availability (IM/P clusters).</summary>
    public bool PrgHighAvailability { get; set; }

    /// <summary>Wording printed for an unknown certificate unit; <c>{0}</c> is the unit.</summary>
    public string InvalidUnitMessage { get; set; } = "Invalid unit: {0}";

    /// <summary>When the cluster links were authenticated (the <c>using TCP since</c> suffix).</summary>
    public DateTimeOffset ClusterSince { get; set; }
}
