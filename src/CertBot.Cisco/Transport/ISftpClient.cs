namespace CertBot.Cisco.Transport;

/// <summary>File transfer with the same pinning and login as the CLI (bulk certificate files). Each call is one login.</summary>
public interface ISftpClient
{
    /// <summary>File names (not paths) in a remote directory.</summary>
    Task<IReadOnlyList<string>> ListAsync(SshEndpoint endpoint, string directory, CancellationToken cancellationToken);

    Task DownloadAsync(SshEndpoint endpoint, string remotePath, string localPath, CancellationToken cancellationToken);

    Task UploadAsync(SshEndpoint endpoint, string localPath, string remotePath, CancellationToken cancellationToken);

    /// <summary>Downloads every file of a remote directory into <paramref name="localDirectory"/>; returns their names.</summary>
    Task<IReadOnlyList<string>> DownloadDirectoryAsync(SshEndpoint endpoint, string directory, string localDirectory, CancellationToken cancellationToken);
}
