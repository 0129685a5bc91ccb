using CertBot.Engine.Nodes;
using Renci.SshNet;
using Renci.SshNet.Common;
using Renci.SshNet.Sftp;

namespace CertBot.Cisco.Transport.SshNet;

/// <summary>
/// <see cref="ISftpClient"/> over SSH.NET's <see cref="SftpClient"/>, with the same pinning and login as the
/// CLI. Every request has <see cref="SshSettings.SftpTimeout"/> as its operation timeout.
/// </summary>
public sealed class SshNetSftpClient(SshConnector connector) : ISftpClient
{
    public Task<IReadOnlyList<string>> ListAsync(SshEndpoint endpoint, string directory, CancellationToken cancellationToken) =>
        WithClientAsync(endpoint, $"ls {directory}", async (sftp, ct) => (IReadOnlyList<string>)[.. (await FilesAsync(sftp, directory, ct)).Select(f => f.Name)], cancellationToken);

    public Task DownloadAsync(SshEndpoint endpoint, string remotePath, string localPath, CancellationToken cancellationToken) =>
        WithClientAsync(endpoint, $"get {remotePath}", (sftp, ct) => DownloadFileAsync(sftp, remotePath, localPath, ct), cancellationToken);

    public Task UploadAsync(SshEndpoint endpoint, string localPath, string remotePath, CancellationToken cancellationToken) =>
        WithClientAsync(endpoint, $"put {remotePath}", async (sftp, ct) =>
        {
            await using var source = File.OpenRead(localPath);
            await sftp.UploadFileAsync(source, remotePath, ct);
            return true;
        }, cancellationToken);

    public Task<IReadOnlyList<string>> DownloadDirectoryAsync(SshEndpoint endpoint, string directory, string localDirectory, CancellationToken cancellationToken) =>
        WithClientAsync(endpoint, $"get {directory}/*", async (sftp, ct) =>
        {
            var names = new List<string>();
            foreach (var file in await FilesAsync(sftp, directory, ct))
            {
                await DownloadFileAsync(sftp, file.FullName, Path.Combine(localDirectory, file.Name), ct);
                names.Add(file.Name);
            }

            return (IReadOnlyList<string>)names;
        }, cancellationToken);

    private static async Task<List<ISftpFile>> FilesAsync(SftpClient sftp, string directory, CancellationToken cancellationToken)
    {
        var files = new List<ISftpFile>();
        await foreach (var entry in sftp.ListDirectoryAsync(directory, cancellationToken))
        {
            if (entry.IsRegularFile)
            {
                files.Add(entry);
            }
        }

        return files;
    }

    private static async Task<bool> DownloadFileAsync(SftpClient sftp, string remotePath, string localPath, CancellationToken cancellationToken)
    {
        await using var target = File.Create(localPath);
        await sftp.DownloadFileAsync(remotePath, target, cancellationToken);
        return true;
    }

    private async Task<T> WithClientAsync<T>(SshEndpoint endpoint, string request, Func<SftpClient, CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var sftp = await connector.ConnectAsync(endpoint, c => new SftpClient(c) { OperationTimeout = connector.Settings.SftpTimeout }, cancellationToken);
        try
        {
            return await action(sftp, cancellationToken);
        }
        catch (SshOperationTimeoutException e)
        {
            throw new NodeException(NodeFailure.Timeout, endpoint.Name, request, null, $"{endpoint.Name}: sftp `{request}` did not finish within {connector.Settings.SftpTimeout}.", e);
        }
        catch (Exception e) when (e is SshException or IOException)
        {
            throw new NodeException(NodeFailure.CommandFailed, endpoint.Name, request, e.Message, $"{endpoint.Name}: sftp `{request}` failed: {e.Message}", e);
        }
        finally
        {
            await ClientRelease.ReleaseAsync(sftp);
        }
    }
}
