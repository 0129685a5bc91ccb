using CertBot.Cisco.Configuration;

namespace CertBot.Cisco.Transport.SshNet;

/// <summary>How connections to nodes and the SFTP server are made and watched.</summary>
public sealed record SshSettings
{
    /// <summary>TCP connect, key exchange and authentication together.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Keep-alive interval. SSH.NET only sends them (it does not count missing answers): a dead peer is noticed
    /// by the failed send or by the per-command deadline of the CLI session, whichever comes first.
    /// </summary>
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long one SFTP request (a listing, a file) may take.</summary>
    public TimeSpan SftpTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The transport settings of <c>CertBot:Ssh</c>.</summary>
    public static SshSettings From(SshOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SshSettings { ConnectTimeout = options.ConnectTimeout, KeepAliveInterval = options.KeepAliveInterval };
    }
}
