using System.Buffers.Binary;
using System.Text;
using Renci.SshNet.Common;

namespace CertBot.Cisco.Transport.SshNet;

/// <summary>
/// A host key a server presented: its type as <c>ssh-keygen</c> names it (<c>ssh-rsa</c> for every RSA key,
/// whatever the signature), the algorithm it was negotiated with, and the <c>SHA256:</c> fingerprint.
/// </summary>
public sealed record OfferedHostKey(string Type, string Algorithm, string Fingerprint)
{
    public static OfferedHostKey From(HostKeyEventArgs key)
    {
        ArgumentNullException.ThrowIfNull(key);
        // SSH.NET's fingerprint is ssh-keygen's without the prefix: base64 of SHA-256 of the key blob, no padding.
        return new OfferedHostKey(BlobType(key.HostKey) ?? key.HostKeyName, key.HostKeyName, "SHA256:" + key.FingerPrintSHA256);
    }

    public bool Matches(string pinned) => string.Equals(Fingerprint, pinned.Trim(), StringComparison.Ordinal);

    public override string ToString() => $"{Type} {Fingerprint}";

    /// <summary>The blob starts with the key type as an SSH string (uint32 length, then the name).</summary>
    private static string? BlobType(byte[] blob)
    {
        if (blob.Length < 4)
        {
            return null;
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(blob);
        return length is > 0 and < 64 && blob.Length >= 4 + length ? Encoding.ASCII.GetString(blob, 4, (int)length) : null;
    }
}
