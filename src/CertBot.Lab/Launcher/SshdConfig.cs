using System.Globalization;
using System.Text;

namespace CertBot.Lab.Launcher;

/// <summary>
/// sshd_config text for a node and for the SFTP server. Password and keyboard-interactive logins (as on
/// CUCM) through PAM against the namespace's fake accounts; no keys, no forwarding; every path absolute
/// (sshd re-executes itself after chdir /). sshd_config allows no trailing comments: none are written.
/// </summary>
internal static class SshdConfig
{
    /// <summary>
    /// A node: every login is handed to the lab's resident simulator through the node's Unix socket
    /// (<see cref="Node.NodeServer"/>); socat puts a login's terminal in raw mode, as the simulator did itself
    /// when it ran per login. Exec requests are refused here, as CUCM's CLI refuses them.
    /// </summary>
    /// <param name="legacy">Only the legacy algorithm set and password login (see <c>NodeDefinition.LegacySsh</c>).</param>
    public static string ForNode(string address, int port, DaemonFiles files, string stateDirectory, bool legacy)
    {
        var socket = ShellQuote.Quote("UNIX-CONNECT:" + Path.Combine(stateDirectory, Node.NodeServer.SocketName));
        var command =
            "[ -z \"$SSH_ORIGINAL_COMMAND\" ] || { echo 'Command execution is not supported: open an interactive shell.' >&2; exit 1; }; "
            + "if [ -t 0 ]; then terminal=STDIO,cfmakeraw; else terminal=STDIO; fi; "
            + $"exec {SystemTools.Socat} -t 0.05 \"$terminal\" {socket}";
        var config = new StringBuilder();
        if (legacy)
        {
            // sshd takes the first value of a keyword: these come before the common block.
            config.Append("""
                KexAlgorithms diffie-hellman-group14-sha1
                HostKeyAlgorithms ssh-rsa
                Ciphers aes128-ctr
                MACs hmac-sha1
                KbdInteractiveAuthentication no

                """);
        }
        else
        {
            // The key exchanges of the OpenSSH that CUCM/IM&P 12.5–15 ship (OpenSSH 7.x defaults): no post-quantum
            // hybrid (sntrup761, mlkem768), which this host's newer sshd would add. Offering one would make every
            // lab login pay for a key exchange that no real node negotiates (sntrup761 is computed in managed code by
            // SSH.NET's BouncyCastle: it was the client's largest CPU cost when 200 nodes were read at once).
            config.Append("KexAlgorithms curve25519-sha256,curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,")
                .Append("diffie-hellman-group-exchange-sha256,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,diffie-hellman-group14-sha256,diffie-hellman-group14-sha1\n");
        }

        return Common(config, address, port, files, FakeAccounts.Admin)
            .Append("ForceCommand ").Append(command).Append('\n')
            .ToString();
    }

    /// <summary>The SFTP server: sftp only, chrooted to the namespace's tmpfs, starting in the drop directory.</summary>
    public static string ForSftp(string address, int port, DaemonFiles files, string sftpDirectory) =>
        Common(new StringBuilder(), address, port, files, FakeAccounts.SftpUser)
            .Append("ChrootDirectory ").Append(NamespaceScript.SftpChroot).Append('\n')
            .Append("ForceCommand internal-sftp -d ").Append(sftpDirectory).Append('\n')
            .ToString();

    private static StringBuilder Common(StringBuilder config, string address, int port, DaemonFiles files, string user) =>
        config
            .Append("ListenAddress ").Append(address).Append('\n')
            .Append("Port ").Append(port.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("HostKey ").Append(files.HostKey).Append('\n')
            .Append("PidFile ").Append(files.PidFile).Append('\n')
            .Append("""
                UsePAM yes
                PasswordAuthentication yes
                KbdInteractiveAuthentication yes
                PubkeyAuthentication no
                PermitRootLogin no
                PermitEmptyPasswords no
                StrictModes no
                AllowTcpForwarding no
                AllowAgentForwarding no
                AllowStreamLocalForwarding no
                PermitTunnel no
                X11Forwarding no
                PermitUserEnvironment no
                PrintMotd no
                PrintLastLog no
                UseDNS no
                LogLevel VERBOSE
                MaxStartups 64:30:128
                MaxAuthTries 3
                LoginGraceTime 30
                Subsystem sftp internal-sftp

                """)
            .Append("AllowUsers ").Append(user).Append('\n');
}
