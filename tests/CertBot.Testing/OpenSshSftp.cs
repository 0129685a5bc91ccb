using System.Diagnostics;

namespace CertBot.Testing;

/// <summary>Runs an <c>sftp -b</c> batch with the plain OpenSSH client (password login, host key pinned).</summary>
public static class OpenSshSftp
{
    /// <summary>
    /// Runs the batch (one sftp command per line, e.g. <c>ls -l</c>, <c>get file /tmp/x</c>); sftp stops at the
    /// first failing command. Returns sftp's standard output.
    /// </summary>
    /// <exception cref="OpenSshException">sftp failed (login refused, a command failed) or timed out.</exception>
    public static async Task<string> BatchAsync(SshEndpoint endpoint, string batch, TimeSpan? timeout = null, CancellationToken ct = default)
    {
        using var files = new OpenSshFiles(endpoint);
        var start = new ProcessStartInfo("sftp")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // -b implies BatchMode=yes, which disables askpass: the first value of an option wins, so say no first.
        start.ArgumentList.Add("-o");
        start.ArgumentList.Add("BatchMode=no");
        start.ArgumentList.Add("-b");
        start.ArgumentList.Add("-");
        files.Configure(start, endpoint, sftp: true);
        start.ArgumentList.Add($"{endpoint.Username}@{endpoint.Host}");

        using var process = Process.Start(start) ?? throw new OpenSshException("sftp did not start", null, "", "");
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.StandardInput.WriteAsync(batch.AsMemory(), ct);
        process.StandardInput.Close();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout ?? TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new OpenSshException($"sftp to {endpoint} timed out", null, await output, await error);
        }

        if (process.ExitCode != 0)
        {
            throw new OpenSshException($"sftp batch on {endpoint} failed", process.ExitCode, await output, await error);
        }

        return await output;
    }
}
