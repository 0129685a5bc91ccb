using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CertBot.Engine.Renewal;

/// <summary>
/// A certificate of the CA's answer as the approver reads it before it is installed: subject, issuer, SANs,
/// validity, serial and SHA-256 fingerprint.
/// </summary>
/// <param name="Subject">The subject's common name (or the whole subject when it has none).</param>
/// <param name="Issuer">The issuer's common name.</param>
/// <param name="Sha256">The SHA-256 fingerprint, hex, colon-separated as administrators compare it.</param>
public sealed record CertificateFacts(
    string Subject,
    string Issuer,
    IReadOnlyList<string> DnsNames,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    string Serial,
    string Sha256)
{
    public static CertificateFacts Of(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var hash = certificate.GetCertHashString(HashAlgorithmName.SHA256);
        return new CertificateFacts(
            certificate.GetNameInfo(X509NameType.SimpleName, false),
            certificate.GetNameInfo(X509NameType.SimpleName, true),
            [.. certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().SelectMany(e => e.EnumerateDnsNames())],
            certificate.NotBefore.ToUniversalTime(),
            certificate.NotAfter.ToUniversalTime(),
            certificate.SerialNumber,
            string.Join(':', Enumerable.Range(0, hash.Length / 2).Select(i => hash.Substring(i * 2, 2))));
    }

    /// <summary>Reads one PEM certificate.</summary>
    /// <exception cref="CryptographicException">The text is not a readable certificate.</exception>
    public static CertificateFacts FromPem(string pem)
    {
        using var certificate = X509Certificate2.CreateFromPem(pem);
        return Of(certificate);
    }

    /// <summary>"2026-12-05 to 2028-12-04".</summary>
    public string Validity => $"{NotBefore:yyyy-MM-dd} to {NotAfter:yyyy-MM-dd}";
}
