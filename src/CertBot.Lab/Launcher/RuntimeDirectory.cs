using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace CertBot.Lab.Launcher;

/// <summary>
/// Chooses the real runtime directory of a lab. The simulator runs as the fake admin (uid 4242), so every
/// ancestor of the runtime directory must be traversable by "other"; a repository cloned under a private
/// home (e.g. <c>/root</c>) is not. Then the runtime goes to <c>/tmp/certbot-lab-&lt;hash&gt;</c> and the
/// requested path becomes a symlink to it, so every path a user types keeps working.
/// </summary>
internal static partial class RuntimeDirectory
{
    /// <summary>Everything a lab puts in its runtime directory (scripts/lab keeps the same list).</summary>
    private static readonly HashSet<string> LabEntries = new(StringComparer.Ordinal)
    {
        "inventory.json", "certbot.json", "lab.pid.json", "lab.pid.json.tmp", "bin", "bin.new", "etc", "home", "sftp", "nodes", "ca",
    };

    /// <summary>Returns the absolute, symlink-free directory to use, creating it (and the fallback link) as needed.</summary>
    public static string Prepare(string requested)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(requested));
        var real = PathResolver.RealPath(full);
        RefuseForeign(real);
        if (IsUsable(real))
        {
            CreateOpen(real);
            return real;
        }

        var fallback = FallbackFor(full);
        CreateOpen(fallback);
        Relocate(full, fallback);
        return fallback;
    }

    /// <summary>The directory a non-traversable request is redirected to.</summary>
    public static string FallbackFor(string full) =>
        "/tmp/certbot-lab-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full)))[..12];

    /// <summary>
    /// <c>up</c> deletes and recreates its own entries (etc/, nodes/, ...) in the runtime directory: a directory
    /// holding anything else is not a lab's (a typo such as <c>--dir /</c> or <c>--dir ~</c>) and is refused.
    /// </summary>
    private static void RefuseForeign(string real)
    {
        if (!Directory.Exists(real))
        {
            return;
        }

        var foreign = Directory.EnumerateFileSystemEntries(real).Select(Path.GetFileName).Where(name => !LabEntries.Contains(name!)).ToList();
        if (foreign.Count > 0)
        {
            throw new LabLauncherException(
                $"{real} is not a lab runtime directory (it holds {string.Join(", ", foreign.Take(5))}): use a new or empty directory");
        }
    }

    private static bool IsUsable(string real)
    {
        // sshd_config and ForceCommand lines carry these paths unquoted: keep to characters that need no quoting.
        if (!SafePath().IsMatch(real))
        {
            return false;
        }

        for (var dir = Path.GetDirectoryName(real); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (Directory.Exists(dir) && !File.GetUnixFileMode(dir).HasFlag(UnixFileMode.OtherExecute))
            {
                return false;
            }
        }

        return true;
    }

    private static void CreateOpen(string dir)
    {
        Directory.CreateDirectory(dir);
        File.SetUnixFileMode(dir, (UnixFileMode)0b111_101_101);
    }

    private static void Relocate(string full, string fallback)
    {
        var info = new DirectoryInfo(full);
        if (info.LinkTarget is not null)
        {
            info.Delete();
        }
        else if (info.Exists)
        {
            // scripts/lab may already have published bin/ here: carry it over, then replace the directory by the link.
            foreach (var entry in info.EnumerateFileSystemInfos())
            {
                var target = Path.Combine(fallback, entry.Name);
                DirectoryCopy.Replace(entry, target);
            }

            info.Delete(recursive: true);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        Directory.CreateSymbolicLink(full, fallback);
    }

    [GeneratedRegex("^/[A-Za-z0-9._/+@,=-]*$")]
    private static partial Regex SafePath();
}
