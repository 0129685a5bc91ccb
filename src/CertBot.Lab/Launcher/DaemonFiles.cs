namespace CertBot.Lab.Launcher;

/// <summary>The files of one sshd (a node's or the SFTP server's), all in one directory.</summary>
internal sealed record DaemonFiles(string Directory)
{
    public string Config => Path.Combine(Directory, "sshd_config");

    public string HostKey => Path.Combine(Directory, "host_ed25519");

    public string HostKeyPublic => HostKey + ".pub";

    public string PidFile => Path.Combine(Directory, "sshd.pid");

    public string Log => Path.Combine(Directory, "sshd.log");
}
