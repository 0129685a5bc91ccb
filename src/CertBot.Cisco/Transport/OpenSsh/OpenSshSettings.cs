namespace CertBot.Cisco.Transport.OpenSsh;

/// <summary>How the OpenSSH client programs are run.</summary>
public sealed record OpenSshSettings
{
    public string SshPath { get; init; } = "ssh";

    public string SftpPath { get; init; } = "sftp";

    public string KeyscanPath { get; init; } = "ssh-keyscan";

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Keep-alive interval; a node that misses <see cref="KeepAliveCountMax"/> of them counts as lost.</summary>
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(15);

    public int KeepAliveCountMax { get; init; } = 4;

    /// <summary>How long one SFTP batch (a list, a download, an upload) may take.</summary>
    public TimeSpan SftpTimeout { get; init; } = TimeSpan.FromMinutes(5);
}
