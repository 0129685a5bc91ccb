using System.Text;

namespace CertBot.Lab.Launcher;

/// <summary>
/// The <c>/bin/sh</c> script run by <c>unshare --mount</c> for each sshd: it bind-mounts the lab's fake
/// accounts (and a minimal PAM stack) over the system's, so only that sshd and its logins see <c>admin</c>
/// and <c>sftpuser</c>; the host's /etc is never touched. Then it execs sshd, which daemonizes.
/// </summary>
internal static class NamespaceScript
{
    /// <summary>Inside the SFTP server's namespace only: a tmpfs root for ChrootDirectory (impossible under /tmp).</summary>
    public const string SftpChroot = "/mnt/certbot-lab-sftp";

    public static string ForNode(RuntimeLayout layout, DaemonFiles files) =>
        Accounts(layout).Append(Exec(files)).ToString();

    public static string ForSftp(RuntimeLayout layout, DaemonFiles files, string sftpDirectory)
    {
        var inside = SftpChroot + "/" + sftpDirectory.Trim('/');
        var script = Accounts(layout)
            .Append("mount -t tmpfs -o mode=755 certbot-lab-sftp /mnt\n")
            .Append("mkdir -p ").Append(ShellQuote.Quote(inside)).Append('\n')
            .Append("mount --bind ").Append(ShellQuote.Quote(layout.SftpDrop)).Append(' ').Append(ShellQuote.Quote(inside)).Append('\n')
            .Append(Exec(files));
        return script.ToString();
    }

    /// <summary>
    /// The lab's resident simulator (<see cref="Node.NodeServer"/>): in a namespace of its own with the lab's
    /// accounts, so <c>down</c> finds and stops it as it finds every login; as <c>admin</c>, which owns the
    /// nodes' state, with a login's plain environment; detached, logging to <paramref name="log"/>.
    /// </summary>
    public static string ForNodeServer(RuntimeLayout layout, string log)
    {
        var uid = FakeAccounts.AdminUid.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var simulator = Path.Combine(layout.Bin, "certbot-lab.dll");
        return Accounts(layout)
            .Append("cd /\n")
            .Append($"exec setsid -f {SystemTools.SetPriv} --reuid={uid} --regid={uid} --clear-groups ")
            .Append($"env -i HOME={ShellQuote.Quote(layout.AdminHome)} USER={FakeAccounts.Admin} LOGNAME={FakeAccounts.Admin} ")
            .Append("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin ")
            .Append($"{ShellQuote.Quote(DotnetHost.Path())} {ShellQuote.Quote(simulator)} serve-nodes {ShellQuote.Quote(layout.Nodes)} ")
            .Append($"</dev/null >>{ShellQuote.Quote(log)} 2>&1\n")
            .ToString();
    }

    private static StringBuilder Accounts(RuntimeLayout layout)
    {
        var script = new StringBuilder("set -e\numask 022\n");
        foreach (var (mine, system) in new[] { (layout.Passwd, "/etc/passwd"), (layout.Shadow, "/etc/shadow"), (layout.Group, "/etc/group") })
        {
            script.Append("mount --bind ").Append(ShellQuote.Quote(mine)).Append(' ').Append(system).Append('\n');
        }

        // Debian's own sshd PAM stack prints the motd and needs loginuid: the lab's nodes must start with the CUCM banner.
        script.Append("if [ -e /etc/pam.d/sshd ]; then mount --bind ").Append(ShellQuote.Quote(layout.PamSshd)).Append(" /etc/pam.d/sshd; fi\n");
        return script;
    }

    private static string Exec(DaemonFiles files) =>
        $"exec {SystemTools.Sshd} -f {ShellQuote.Quote(files.Config)} -E {ShellQuote.Quote(files.Log)}\n";
}
