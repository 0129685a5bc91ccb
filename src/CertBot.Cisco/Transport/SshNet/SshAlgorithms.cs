using Renci.SshNet;

namespace CertBot.Cisco.Transport.SshNet;

/// <summary>
/// Which algorithms a connection may negotiate. SSH.NET offers everything it implements, SHA-1 and CBC
/// included; CertBot offers modern algorithms only, and adds the set CUCM/IM&amp;P 10.x–12.5 may be limited to
/// (group14-sha1 key exchange, ssh-rsa host keys, aes128-ctr, hmac-sha1) for a node whose configuration allows
/// it. group1-sha1, 3DES, CBC ciphers and compression are never offered: no supported release needs them.
/// </summary>
public static class SshAlgorithms
{
    private static readonly string[] ModernKeyExchange =
    [
        "mlkem768x25519-sha256", "sntrup761x25519-sha512", "sntrup761x25519-sha512@openssh.com",
        "curve25519-sha256", "curve25519-sha256@libssh.org", "ecdh-sha2-nistp256", "ecdh-sha2-nistp384", "ecdh-sha2-nistp521",
        "diffie-hellman-group-exchange-sha256", "diffie-hellman-group16-sha512", "diffie-hellman-group14-sha256",
    ];

    private static readonly string[] ModernCiphers =
        ["chacha20-poly1305@openssh.com", "aes256-gcm@openssh.com", "aes128-gcm@openssh.com", "aes256-ctr", "aes192-ctr"];

    private static readonly string[] ModernMacs =
        ["hmac-sha2-256-etm@openssh.com", "hmac-sha2-512-etm@openssh.com", "hmac-sha2-256", "hmac-sha2-512"];

    /// <summary>The legacy additions, one per negotiated category.</summary>
    public const string LegacyKeyExchange = "diffie-hellman-group14-sha1";

    public const string LegacyCipher = "aes128-ctr";

    public const string LegacyMac = "hmac-sha1";

    /// <summary>Restricts <paramref name="connection"/> to the allowed algorithms and the given host key family.</summary>
    public static void Apply(ConnectionInfo connection, bool allowLegacy, HostKeyFamily hostKeys)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(hostKeys);
        KeepOnly(connection.KeyExchangeAlgorithms, allowLegacy ? [.. ModernKeyExchange, LegacyKeyExchange] : ModernKeyExchange);
        KeepOnly(connection.Encryptions, allowLegacy ? [.. ModernCiphers, LegacyCipher] : ModernCiphers);
        KeepOnly(connection.HmacAlgorithms, allowLegacy ? [.. ModernMacs, LegacyMac] : ModernMacs);
        KeepOnly(connection.HostKeyAlgorithms, hostKeys.Algorithms(allowLegacy));
        KeepOnly(connection.CompressionAlgorithms, ["none"]);
    }

    private static void KeepOnly<T>(IDictionary<string, T> offered, IReadOnlyCollection<string> allowed)
    {
        // Removing keeps SSH.NET's order, which is its preference order.
        foreach (var name in offered.Keys.Where(n => !allowed.Contains(n)).ToList())
        {
            offered.Remove(name);
        }
    }
}
