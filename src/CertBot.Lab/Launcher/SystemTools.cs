namespace CertBot.Lab.Launcher;

/// <summary>
/// The system programs the lab needs. sshd must be started by absolute path (it re-executes itself for
/// every connection); scripts/lab installs the packages when they are missing.
/// </summary>
internal static class SystemTools
{
    public const string Sshd = "/usr/sbin/sshd";
    public const string SshKeygen = "ssh-keygen";
    public const string OpenSsl = "openssl";
    public const string Unshare = "unshare";
    public const string Chown = "chown";
    public const string Socat = "socat";
    public const string SetPriv = "setpriv";

    /// <summary>Fails with what to install when a program is missing.</summary>
    public static void Require()
    {
        var missing = new List<string>();
        if (!File.Exists(Sshd))
        {
            missing.Add($"{Sshd} (package openssh-server)");
        }

        foreach (var (tool, package) in new[] { (SshKeygen, "openssh-client"), (OpenSsl, "openssl"), (Unshare, "util-linux"), (SetPriv, "util-linux"), (Socat, "socat"), ("mount", "mount") })
        {
            if (!OnPath(tool))
            {
                missing.Add($"{tool} (package {package})");
            }
        }

        if (missing.Count > 0)
        {
            throw new LabLauncherException($"the lab needs {string.Join(", ", missing)}: run it through scripts/lab, which installs them");
        }

        if (Environment.UserName != "root" && Environment.GetEnvironmentVariable("USER") != "root")
        {
            throw new LabLauncherException("the lab must run as root: it starts sshd in private mount namespaces");
        }
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, tool)));
}
