using System.Diagnostics;
using CertBot.Testing;

namespace CertBot.EndToEnd.Tests.Infrastructure;

/// <summary>Runs node scripts of the repository (the Playground driver, the manifest validator) and captures their output.</summary>
public static class NodeTool
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string script, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot.Path,
        };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("node is not installed (Debian: apt-get install nodejs npm; scripts/test installs it)", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"node {script} did not finish within {timeout}: {await error}");
            }

            return (process.ExitCode, await output, await error);
        }
    }

    /// <summary>Fails (never skips) when the pinned npm folder was not installed.</summary>
    public static void RequireInstalled(string folder)
    {
        var modules = Path.Combine(RepositoryRoot.Path, folder, "node_modules");
        if (!Directory.Exists(modules))
        {
            throw new InvalidOperationException($"{modules} is missing: run scripts/test (or `npm ci` in {folder})");
        }
    }
}
