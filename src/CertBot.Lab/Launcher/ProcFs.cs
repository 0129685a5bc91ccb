using System.Globalization;

namespace CertBot.Lab.Launcher;

/// <summary>Reads the few facts the launcher needs about a process from <c>/proc</c>.</summary>
internal static class ProcFs
{
    /// <summary>Every pid currently listed.</summary>
    public static IEnumerable<int> Pids()
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                yield return pid;
            }
        }
    }

    /// <summary>State letter and start time (ticks since boot), or null when the process is gone.</summary>
    public static (char State, long StartTicks)? Stat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        // The command name (field 2) may contain spaces and parentheses: fields are counted after the last ')'.
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return (fields[0][0], long.Parse(fields[19], CultureInfo.InvariantCulture));
    }

    /// <summary>True when the process exists and is not a zombie waiting to be reaped.</summary>
    public static bool IsRunning(int pid) => Stat(pid) is { State: not ('Z' or 'X') };

    /// <summary>True when <paramref name="pid"/> is running and is still the process started at <paramref name="startTicks"/>.</summary>
    public static bool IsSameProcess(int pid, long? startTicks) =>
        Stat(pid) is { State: not ('Z' or 'X') } stat && (startTicks is null || stat.StartTicks == startTicks);

    /// <summary>The mount namespace (<c>mnt:[inode]</c>), or null when the process is gone.</summary>
    public static string? MountNamespace(int pid)
    {
        try
        {
            return new FileInfo($"/proc/{pid}/ns/mnt").LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The process's <c>/etc/passwd</c> as it sees it (through its own mounts and root), or null.</summary>
    public static string? VisiblePasswd(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/root/etc/passwd");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The command line, for messages.</summary>
    public static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
        }
        catch (IOException)
        {
            return "";
        }
    }
}
