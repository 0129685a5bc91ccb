using System.Diagnostics;
using System.Net.Sockets;

namespace CertBot.Lab.Node;

/// <summary>
/// The login on the other end of a node's Unix socket: the <c>socat</c> that sshd's ForceCommand started.
/// A dropped session kills it, so the client sees the login end abnormally (a non-zero status, as when a
/// per-login simulator exited with 255), not a clean <c>exit</c>.
/// </summary>
internal static class LoginPeer
{
    private const int SolSocket = 1;
    private const int SoPeerCred = 17;

    public static void Kill(Socket login)
    {
        // struct ucred { pid_t pid; uid_t uid; gid_t gid; }: the connecting process, as the kernel saw it.
        var credentials = new byte[12];
        if (login.GetRawSocketOption(SolSocket, SoPeerCred, credentials) < 4)
        {
            return;
        }

        var pid = BitConverter.ToInt32(credentials, 0);
        try
        {
            using var peer = Process.GetProcessById(pid);
            peer.Kill();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone: the login ended on its own.
        }
    }
}
