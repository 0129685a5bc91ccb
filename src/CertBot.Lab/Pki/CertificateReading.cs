using System.Security.Cryptography.X509Certificates;

namespace CertBot.Lab.Pki;

/// <summary>Small facts read from certificates: CN, serial, subject alternative names, self-signed or not.</summary>
public static class CertificateReading
{
    /// <summary>The subject's common name (empty when none).</summary>
    public static string CommonName(X509Certificate2 certificate) =>
        certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);

    /// <summary>The issuer's common name.</summary>
    public static string IssuerCommonName(X509Certificate2 certificate) =>
        certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: true);

    /// <summary>Serial in lower-case hex without separators.</summary>
    public static string SerialHex(X509Certificate2 certificate) => certificate.SerialNumber.ToLowerInvariant();

    /// <summary>True when issuer equals subject.</summary>
    public static bool IsSelfSigned(X509Certificate2 certificate) =>
        certificate.SubjectName.RawData.AsSpan().SequenceEqual(certificate.IssuerName.RawData);

    /// <summary>DNS subject alternative names.</summary>
    public static IReadOnlyList<string> DnsNames(X509Certificate2 certificate) =>
        certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().SelectMany(e => e.EnumerateDnsNames()).ToList();

    /// <summary>True for ECDSA keys.</summary>
    public static bool IsEcdsa(X509Certificate2 certificate) => certificate.GetECDsaPublicKey() is not null;

    /// <summary>True when the certificate carries the IPsec end-system purpose.</summary>
    public static bool IsIpsec(X509Certificate2 certificate) =>
        certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>()
            .Any(e => e.EnhancedKeyUsages.Cast<System.Security.Cryptography.Oid>().Any(o => o.Value == "1.3.6.1.5.5.7.3.5"));
}
