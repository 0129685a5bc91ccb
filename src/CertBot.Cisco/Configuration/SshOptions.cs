namespace CertBot.Cisco.Configuration;

/// <summary>
/// <c>CertBot:Ssh</c>: how CertBot talks to nodes. Defaults follow what real nodes need (platform-cli.md §1.8):
/// ~9 s to the first prompt, seconds per command, up to 10 minutes for a Tomcat restart.
/// </summary>
public sealed class SshOptions
{
    public const string Section = "CertBot:Ssh";

    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Keep-alive interval; a dead node is noticed by the failed keep-alive or the command's deadline.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>From connecting to the first prompt, banner included.</summary>
    public TimeSpan LoginTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Ordinary read commands (lists, <c>show cert</c>, <c>show version</c>).</summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary><c>set cert regen</c>, import, delete, CSR.</summary>
    public TimeSpan CertificateChangeTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary><c>set cert bulk …</c> (talks to the SFTP server for every node of the cluster).</summary>
    public TimeSpan BulkTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long an unexpected question stays unanswered before the command fails.</summary>
    public TimeSpan UnexpectedPromptQuietPeriod { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How many nodes an inventory probes at the same time: a cap, not a batch size, so a whole cluster up to this many
    /// nodes is read in one wave and takes as long as its slowest node (each node still sees one login, and
    /// <see cref="MaxSessionsPerNode"/> holds). With 8, a 200-node cluster was read in 25 waves. Default 256: each read
    /// holds one socket and two threads (SSH.NET's receiver and the shell's pump), well within the usual limit of 1024
    /// open files and the memory of a small host.
    /// </summary>
    public int InventoryConcurrency { get; set; } = 256;

    /// <summary>
    /// CertBot sessions open on one node at a time, shared by inventory, planning, runs and the command line in
    /// this process; a node allows only a few CLI sessions, and administrators need theirs. Default 3.
    /// </summary>
    public int MaxSessionsPerNode { get; set; } = 3;

    /// <summary>How long a caller waits for a free session on a node before it is told the node is busy.</summary>
    public TimeSpan SessionWaitTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
