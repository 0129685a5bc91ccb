namespace CertBot.Lab.Launcher;

/// <summary>
/// Starts one sshd inside its own mount namespace and waits until it listens: sshd writes its PidFile
/// only after binding, so a non-empty PidFile is the readiness signal.
/// </summary>
internal static class DaemonStarter
{
    private const int ReadyMilliseconds = 10_000;

    /// <summary>Checks the configuration with <c>sshd -t</c> (fast, and a clear message when wrong).</summary>
    public static async Task ValidateAsync(DaemonRecord daemon, CancellationToken ct)
    {
        var result = await ExternalTool.RunAsync(SystemTools.Sshd, ["-t", "-f", daemon.Files.Config], ct: ct);
        if (result.ExitCode != 0)
        {
            throw new LabLauncherException($"sshd configuration of {daemon.Name} is invalid ({daemon.Files.Config})", result.Combined);
        }
    }

    public static async Task<DaemonRecord> StartAsync(DaemonRecord daemon, CancellationToken ct)
    {
        var files = daemon.Files;
        File.Delete(files.PidFile);
        var result = await ExternalTool.RunAsync(
            SystemTools.Unshare, ["--mount", "--propagation", "private", "--", "/bin/sh", "-c", daemon.NamespaceScript], ct: ct);
        if (result.ExitCode != 0)
        {
            throw new LabLauncherException(
                $"sshd of {daemon.Name} did not start on {daemon.Address}:{daemon.Port} (exit code {result.ExitCode})",
                $"{result.Combined}\n{LogTail(files.Log)}".Trim());
        }

        for (var waited = 0; waited < ReadyMilliseconds; waited += 10)
        {
            if (ReadPid(files.PidFile) is { } pid)
            {
                return daemon with { Pid = pid, StartTicks = ProcFs.Stat(pid)?.StartTicks, MountNamespace = ProcFs.MountNamespace(pid) };
            }

            // sshd daemonizes before it binds: a taken address shows only in its log, not in an exit code.
            if (waited % 100 == 0 && File.Exists(files.Log) && File.ReadAllText(files.Log).Contains("Cannot bind any address", StringComparison.Ordinal))
            {
                throw new LabLauncherException(
                    $"sshd of {daemon.Name} cannot listen on {daemon.Address}:{daemon.Port} (another lab or sshd holds it: try another --address-prefix or --port)",
                    LogTail(files.Log));
            }

            await Task.Delay(10, ct);
        }

        throw new LabLauncherException($"sshd of {daemon.Name} wrote no pid file within {ReadyMilliseconds} ms", LogTail(files.Log));
    }

    private static int? ReadPid(string pidFile)
    {
        try
        {
            return int.TryParse(File.ReadAllText(pidFile).Trim(), out var pid) ? pid : null;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The last lines of a daemon's log, for error messages.</summary>
    public static string LogTail(string log) =>
        File.Exists(log) ? string.Join('\n', File.ReadLines(log).TakeLast(15)) : $"(no log at {log})";
}
