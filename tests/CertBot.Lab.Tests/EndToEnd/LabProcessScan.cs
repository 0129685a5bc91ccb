using System.Text.Json;

namespace CertBot.Lab.Tests.EndToEnd;

/// <summary>
/// What of a lab still runs, seen from <c>/proc</c> independently of the launcher: processes in a mount
/// namespace recorded in lab.pid.json (every sshd and each of its logins live in their own), and processes
/// whose command line names the lab's runtime directory.
/// </summary>
internal static class LabProcessScan
{
    public static IReadOnlyList<string> RecordedNamespaces(string runtimeDirectory)
    {
        using var record = JsonDocument.Parse(File.ReadAllText(Path.Combine(runtimeDirectory, "lab.pid.json")));
        return [.. record.RootElement.GetProperty("daemons").EnumerateArray()
            .Select(d => d.GetProperty("mountNamespace").GetString()!)];
    }

    public static IReadOnlyList<int> RecordedPids(string runtimeDirectory)
    {
        using var record = JsonDocument.Parse(File.ReadAllText(Path.Combine(runtimeDirectory, "lab.pid.json")));
        return [.. record.RootElement.GetProperty("daemons").EnumerateArray().Select(d => d.GetProperty("pid").GetInt32())];
    }

    /// <summary>Running (non-zombie) processes of the lab: pid and command line.</summary>
    public static List<(int Pid, string CommandLine)> Running(string runtimeDirectory, IReadOnlyCollection<string> namespaces)
    {
        var found = new List<(int, string)>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || !IsRunning(pid))
            {
                continue;
            }

            var commandLine = Read($"{dir}/cmdline").Replace('\0', ' ');
            var ns = Link($"{dir}/ns/mnt");
            if ((ns is not null && namespaces.Contains(ns)) || commandLine.Contains(runtimeDirectory, StringComparison.Ordinal))
            {
                found.Add((pid, commandLine));
            }
        }

        return found;
    }

    public static bool IsRunning(int pid)
    {
        var stat = Read($"/proc/{pid}/stat");
        return stat.Length > 0 && stat[(stat.LastIndexOf(')') + 2)..][0] is not ('Z' or 'X');
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
