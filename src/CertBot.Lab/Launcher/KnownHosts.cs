using System.Globalization;

namespace CertBot.Lab.Launcher;

/// <summary>known_hosts lines as OpenSSH writes them: a bare host on port 22, <c>[host]:port</c> otherwise.</summary>
internal static class KnownHosts
{
    public static string Line(string host, int port, HostKey key) =>
        port == 22
            ? $"{host} {key.PublicKey}"
            : string.Create(CultureInfo.InvariantCulture, $"[{host}]:{port} {key.PublicKey}");
}
