namespace CertBot.Lab.Launcher;

/// <summary>
/// Where everything of one lab lives inside its runtime directory (see the lab contract): inventory,
/// pid record, binaries, fake accounts, the SFTP server and one directory per node.
/// </summary>
internal sealed class RuntimeLayout(string root)
{
    /// <summary>Absolute, symlink-free runtime directory.</summary>
    public string Root { get; } = root;

    public string Inventory => Path.Combine(Root, "inventory.json");

    public string CertBotConfig => Path.Combine(Root, "certbot.json");

    /// <summary>What <c>up</c> started, so <c>down</c> stops exactly that.</summary>
    public string RunRecord => Path.Combine(Root, "lab.pid.json");

    public string Bin => Path.Combine(Root, "bin");

    public string Etc => Path.Combine(Root, "etc");

    public string Passwd => Path.Combine(Etc, "passwd");

    public string Shadow => Path.Combine(Etc, "shadow");

    public string Group => Path.Combine(Etc, "group");

    /// <summary>PAM stack bind-mounted over <c>/etc/pam.d/sshd</c> inside each daemon's namespace.</summary>
    public string PamSshd => Path.Combine(Etc, "pam-sshd");

    public string AdminHome => Path.Combine(Root, "home", "admin");

    public string Sftp => Path.Combine(Root, "sftp");

    /// <summary>The SFTP server's directory as seen on this host.</summary>
    public string SftpDrop => Path.Combine(Sftp, "drop");

    public string Nodes => Path.Combine(Root, "nodes");

    public string NodeDirectory(string cluster, string node) => Path.Combine(Nodes, cluster, node);

    public string StateDirectory(string cluster, string node) => Path.Combine(NodeDirectory(cluster, node), "state");

    /// <summary>Directories and files a new <c>up</c> recreates (bin is kept: the launcher runs from it).</summary>
    public IEnumerable<string> Generated =>
        [Inventory, CertBotConfig, RunRecord, Etc, Path.Combine(Root, "home"), Sftp, Nodes, Path.Combine(Root, "ca")];
}
