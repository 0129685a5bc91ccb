using System.Diagnostics;
using CertBot.Engine.Nodes;

namespace CertBot.Cisco.Transport.OpenSsh;

/// <summary>
/// <see cref="ISftpClient"/> over <c>sftp -b -</c>, with the same pinning and askpass login as the CLI.
/// <c>-b</c> implies BatchMode=yes, which would disable askpass: <c>BatchMode=no</c> is given first because
/// the first value of an option wins.
/// </summary>
public sealed class OpenSshSftpClient : ISftpClient, IDisposable
{
    private readonly OpenSshLogin _login;

    public OpenSshSftpClient(OpenSshSettings settings)
    {
        _login = new OpenSshLogin(settings);
    }

    public async Task<IReadOnlyList<string>> ListAsync(SshEndpoint endpoint, string directory, CancellationToken cancellationToken)
    {
        var output = await RunBatchAsync(endpoint, $"ls -1 {Quote(directory)}\n", cancellationToken);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith("sftp>", StringComparison.Ordinal))
            .Select(l => Path.GetFileName(l.TrimEnd('/')))
            .Where(n => n.Length > 0 && n is not "." and not "..")
            .ToList();
    }

    public Task DownloadAsync(SshEndpoint endpoint, string remotePath, string localPath, CancellationToken cancellationToken) =>
        RunBatchAsync(endpoint, $"get {Quote(remotePath)} {Quote(localPath)}\n", cancellationToken);

    public Task UploadAsync(SshEndpoint endpoint, string localPath, string remotePath, CancellationToken cancellationToken) =>
        RunBatchAsync(endpoint, $"put {Quote(localPath)} {Quote(remotePath)}\n", cancellationToken);

    public void Dispose() => _login.Dispose();

    private async Task<string> RunBatchAsync(SshEndpoint endpoint, string batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var knownHosts = await _login.PinAsync(endpoint, cancellationToken);
        try
        {
            var psi = OpenSshLogin.Redirected(_login.Settings.SftpPath);
            psi.ArgumentList.Add("-o");
            psi.ArgumentList.Add("BatchMode=no");
            psi.ArgumentList.Add("-b");
            psi.ArgumentList.Add("-");
            _login.AddLogin(psi, endpoint, knownHosts, sftp: true);
            psi.ArgumentList.Add("--");
            psi.ArgumentList.Add(endpoint.Host);
            using var process = Process.Start(psi) ?? throw new InvalidOperationException("sftp did not start");
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.StandardInput.WriteAsync(batch);
            process.StandardInput.Close();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_login.Settings.SftpTimeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill();
                if (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }

                throw new NodeException(NodeFailure.Timeout, endpoint.Name, FirstLine(batch), null, $"{endpoint.Name}: sftp did not finish within {_login.Settings.SftpTimeout}.");
            }

            var diagnostics = (await stderr).Trim();
            if (process.ExitCode != 0)
            {
                var failure = SshClosureClassifier.Classify(new ChannelClosure(process.ExitCode, diagnostics), loggedIn: false);
                if (failure == NodeFailure.SessionLost)
                {
                    failure = NodeFailure.CommandFailed;
                }

                throw new NodeException(failure, endpoint.Name, FirstLine(batch), diagnostics, $"{endpoint.Name}: sftp `{FirstLine(batch)}` failed: {diagnostics}");
            }

            return await stdout;
        }
        finally
        {
            File.Delete(knownHosts);
        }
    }

    private static string FirstLine(string batch) => batch.Split('\n')[0];

    private static string Quote(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (path.Contains('"', StringComparison.Ordinal) || path.Contains('\n', StringComparison.Ordinal) || path.Contains('\r', StringComparison.Ordinal))
        {
            throw new ArgumentException($"path '{path}' cannot be passed to sftp", nameof(path));
        }

        return $"\"{path}\"";
    }
}
