using System.Diagnostics;

namespace CertBot.Testing;

/// <summary>Runs one command through an SSH exec request (<c>ssh host command</c>, no PTY), host key pinned.</summary>
public static class OpenSshExec
{
    /// <summary>Runs the command and returns what the client got, whatever the exit code.</summary>
    /// <exception cref="OpenSshException">The client did not finish in time.</exception>
    public static async Task<OpenSshResult> RunAsync(SshEndpoint endpoint, string command, TimeSpan? timeout = null, CancellationToken ct = default)
    {
        using var files = new OpenSshFiles(endpoint);
        var start = new ProcessStartInfo("ssh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-T");
        files.Configure(start, endpoint, sftp: false);
        start.ArgumentList.Add($"{endpoint.Username}@{endpoint.Host}");
        start.ArgumentList.Add(command);

        using var process = Process.Start(start) ?? throw new OpenSshException("ssh did not start", null, "", "");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout ?? TimeSpan.FromSeconds(20));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new OpenSshException($"ssh exec on {endpoint} timed out", null, await output, await error);
        }

        return new OpenSshResult(process.ExitCode, await output, await error);
    }
}
