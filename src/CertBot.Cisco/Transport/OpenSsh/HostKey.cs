using System.Security.Cryptography;

namespace CertBot.Cisco.Transport.OpenSsh;

/// <summary>A host public key as ssh-keyscan prints it, with its <c>SHA256:</c> fingerprint.</summary>
public sealed record HostKey(string Type, string Base64)
{
    /// <summary>Exactly what <c>ssh-keygen -lf</c> prints: SHA-256 of the key blob, base64 without padding.</summary>
    public string Fingerprint => "SHA256:" + Convert.ToBase64String(SHA256.HashData(Convert.FromBase64String(Base64))).TrimEnd('=');

    public bool Matches(string pinned) => string.Equals(Fingerprint, pinned.Trim(), StringComparison.Ordinal);
}
