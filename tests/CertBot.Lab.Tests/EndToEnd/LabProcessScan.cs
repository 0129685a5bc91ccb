using System.Text.Json;

namespace CertBot.Lab.Tests.EndToEnd;

/// <summary>
/// What of a lab runs, seen from <c>/proc</c> independently of the launcher: processes in a mount namespace
/// recorded in lab.pid.json (every sshd and each of its logins live in their own), and processes whose
/// command line names the lab's runtime directory. A namespace number can be reused by another lab once
/// ours is gone, so "still running" compares pid and start time with a snapshot taken while the lab ran.
/// </summary>
internal static class LabProcessScan
{
    public static IReadOnlyList<string> RecordedNamespaces(string runtimeDirectory)
    {
        using var record = JsonDocument.Parse(File.ReadAllText(Path.Combine(runtimeDirectory, "lab.pid.json")));
        var simulator = record.RootElement.GetProperty("nodeServer").GetProperty("mountNamespace").GetString()!;
        return [.. record.RootElement.GetProperty("daemons").EnumerateArray()
            .Select(d => d.GetProperty("mountNamespace").GetString()!).Append(simulator)];
    }

    /// <summary>The sshd listeners recorded in lab.pid.json.</summary>
    public static IReadOnlyList<LabProcess> RecordedListeners(string runtimeDirectory)
    {
        using var record = JsonDocument.Parse(File.ReadAllText(Path.Combine(runtimeDirectory, "lab.pid.json")));
        return [.. record.RootElement.GetProperty("daemons").EnumerateArray()
            .Select(d => new LabProcess(d.GetProperty("pid").GetInt32(), d.GetProperty("startTicks").GetInt64(), d.GetProperty("name").GetString()!))];
    }

    /// <summary>Running (non-zombie) processes of the lab: pid, start time and command line.</summary>
    public static List<LabProcess> Running(string runtimeDirectory, IReadOnlyCollection<string> namespaces)
    {
        var found = new List<LabProcess>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || StartTicks(pid) is not { } started)
            {
                continue;
            }

            var commandLine = Read($"{dir}/cmdline").Replace('\0', ' ');
            var ns = Link($"{dir}/ns/mnt");
            if ((ns is not null && namespaces.Contains(ns)) || commandLine.Contains(runtimeDirectory, StringComparison.Ordinal))
            {
                found.Add(new LabProcess(pid, started, commandLine));
            }
        }

        return found;
    }

    /// <summary>The processes of a snapshot that still run (same pid, same start time).</summary>
    public static List<LabProcess> StillRunning(IEnumerable<LabProcess> snapshot) =>
        [.. snapshot.Where(p => StartTicks(p.Pid) == p.StartTicks)];

    /// <summary>Processes whose command line names the runtime directory (sshd -f ..., the simulator's dll).</summary>
    public static List<LabProcess> NamingDirectory(string runtimeDirectory) => Running(runtimeDirectory, []);

    /// <summary>Start time in ticks since boot of a running (non-zombie) process, or null.</summary>
    public static long? StartTicks(int pid)
    {
        var stat = Read($"/proc/{pid}/stat");
        if (stat.Length == 0)
        {
            return null;
        }

        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return fields[0] is "Z" or "X" ? null : long.Parse(fields[19], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }

    private static string? Link(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
