namespace CertBot.Lab.Launcher;

/// <summary>
/// Stops sshd daemons of the lab by pid: the listeners first (no new logins), then every process left in
/// their namespaces (sessions, simulators, sftp), SIGTERM then SIGKILL; it checks that none is left.
/// </summary>
internal static class DaemonStopper
{
    private const int TermMilliseconds = 1500;
    private const int GiveUpMilliseconds = 5000;

    /// <summary>Stops the whole lab: every recorded daemon and every process of the lab's namespaces.</summary>
    public static Task StopLabAsync(RuntimeLayout layout, IReadOnlyList<DaemonRecord> daemons, CancellationToken ct) =>
        StopAsync(daemons, () => LabProcesses.Find(layout, daemons), ct);

    /// <summary>Stops one daemon and the logins it serves.</summary>
    public static Task StopOneAsync(RuntimeLayout layout, DaemonRecord daemon, CancellationToken ct) =>
        StopAsync([daemon], () => LabProcesses.FindOf(layout, daemon), ct);

    private static async Task StopAsync(IReadOnlyList<DaemonRecord> daemons, Func<IReadOnlyList<int>> remaining, CancellationToken ct)
    {
        foreach (var daemon in daemons)
        {
            if (daemon.Pid is { } pid && ProcFs.IsSameProcess(pid, daemon.StartTicks))
            {
                UnixSignals.Send(pid, UnixSignals.Terminate);
            }
        }

        var left = remaining();
        for (var waited = 0; left.Count > 0 && waited < GiveUpMilliseconds; waited += 50)
        {
            var signal = waited < TermMilliseconds ? UnixSignals.Terminate : UnixSignals.Kill;
            foreach (var pid in left)
            {
                UnixSignals.Send(pid, signal);
            }

            await Task.Delay(50, ct);
            left = remaining();
        }

        if (left.Count > 0)
        {
            throw new LabLauncherException(
                "some processes of the lab did not stop",
                string.Join('\n', left.Select(pid => $"  pid {pid}: {ProcFs.CommandLine(pid)}")));
        }

        foreach (var daemon in daemons)
        {
            File.Delete(daemon.Files.PidFile);
        }
    }
}
