namespace CertBot.Testing;

/// <summary>The lab's SFTP server, as <c>inventory.json</c> lists it.</summary>
/// <param name="Directory">Directory as SFTP clients see it (chrooted), e.g. <c>/drop</c>.</param>
/// <param name="DropDirectory">Where the uploaded files land on this host.</param>
public sealed record LabSftp(
    string Host,
    int Port,
    string Username,
    string Password,
    string Directory,
    string HostKeySha256,
    string HostKey,
    string DropDirectory)
{
    /// <summary>Never prints the password.</summary>
    public override string ToString() => $"sftp {Username}@{Host}:{Port}{Directory}";

    /// <summary>How to log in with the OpenSSH sftp client, host key pinned.</summary>
    public SshEndpoint Endpoint => new(Host, Port, Username, Password, HostKey);
}
