namespace CertBot.Lab.Launcher;

/// <summary>
/// Finds the processes of one lab. Each sshd runs in its own mount namespace, and everything a login
/// starts (the privileged monitor, the session, the simulator, an sftp session) inherits it, even after
/// being re-parented. A namespace belongs to this lab when one of its processes sees the lab's own
/// <c>etc/passwd</c> (its content names the lab's directory), or when it is the recorded namespace of a
/// listener that is still the recorded process; a namespace number reused by someone else never matches.
/// </summary>
internal static class LabProcesses
{
    /// <summary>Pids of every running process of the lab (zombies excluded).</summary>
    public static IReadOnlyList<int> Find(RuntimeLayout layout, IEnumerable<DaemonRecord> recorded) =>
        Find(layout, recorded, onlyNamespace: null);

    /// <summary>Pids of the running processes of one daemon: its listener and every login it serves.</summary>
    public static IReadOnlyList<int> FindOf(RuntimeLayout layout, DaemonRecord daemon) =>
        daemon.MountNamespace is null ? [] : Find(layout, [daemon], daemon.MountNamespace);

    private static List<int> Find(RuntimeLayout layout, IEnumerable<DaemonRecord> recorded, string? onlyNamespace)
    {
        var labPasswd = File.Exists(layout.Passwd) ? File.ReadAllText(layout.Passwd) : null;
        var hostNamespace = ProcFs.MountNamespace(Environment.ProcessId);
        var confirmed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var daemon in recorded)
        {
            if (daemon is { Pid: { } pid, MountNamespace: { } ns }
                && ProcFs.IsSameProcess(pid, daemon.StartTicks) && ProcFs.MountNamespace(pid) == ns)
            {
                confirmed.Add(ns);
            }
        }

        var byNamespace = ProcFs.Pids()
            .Where(ProcFs.IsRunning)
            .Select(pid => (Pid: pid, Ns: ProcFs.MountNamespace(pid)))
            .Where(p => p.Ns is not null && p.Ns != hostNamespace && (onlyNamespace is null || p.Ns == onlyNamespace))
            .GroupBy(p => p.Ns!);
        var found = new List<int>();
        foreach (var group in byNamespace)
        {
            var ours = confirmed.Contains(group.Key)
                || (labPasswd is not null && group.Any(p => ProcFs.VisiblePasswd(p.Pid) == labPasswd));
            if (ours)
            {
                found.AddRange(group.Select(p => p.Pid));
            }
        }

        return found;
    }
}
