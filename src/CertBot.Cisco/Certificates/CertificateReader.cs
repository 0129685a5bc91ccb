using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CertBot.Engine.Model;

namespace CertBot.Cisco.Certificates;

/// <summary>Turns an <see cref="X509Certificate2"/> into the project's one certificate model.</summary>
public static class CertificateReader
{
    public static CertificateInfo Read(X509Certificate2 certificate, string store, string unit, string file)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var (keyAlgorithm, keySize) = Key(certificate);
        return new CertificateInfo(
            store,
            unit,
            file,
            certificate.Subject,
            certificate.Issuer,
            certificate.SerialNumber.ToUpperInvariant(),
            new DateTimeOffset(certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero),
            new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero),
            AlternativeNames(certificate),
            IsSelfSigned(certificate),
            keyAlgorithm,
            keySize,
            certificate.SignatureAlgorithm.FriendlyName ?? certificate.SignatureAlgorithm.Value ?? "",
            certificate.GetCertHashString(HashAlgorithmName.SHA256).ToUpperInvariant());
    }

    /// <summary>
    /// Self-signed = issued by its own subject. When both key identifiers are present they must agree too, so a
    /// CA-signed certificate whose CA happens to share the subject name is not mistaken for self-signed.
    /// </summary>
    public static bool IsSelfSigned(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (!certificate.SubjectName.RawData.AsSpan().SequenceEqual(certificate.IssuerName.RawData))
        {
            return false;
        }

        var ski = certificate.Extensions.OfType<X509SubjectKeyIdentifierExtension>().FirstOrDefault();
        var aki = certificate.Extensions.OfType<X509AuthorityKeyIdentifierExtension>().FirstOrDefault();
        if (ski?.SubjectKeyIdentifierBytes is { } subjectKey && aki?.KeyIdentifier is { } authorityKey)
        {
            return subjectKey.Span.SequenceEqual(authorityKey.Span);
        }

        return true;
    }

    private static List<string> AlternativeNames(X509Certificate2 certificate)
    {
        var names = new List<string>();
        foreach (var san in certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>())
        {
            try
            {
                names.AddRange(san.EnumerateDnsNames());
                names.AddRange(san.EnumerateIPAddresses().Select(a => a.ToString()));
            }
            catch (AsnContentException)
            {
                // A malformed SAN extension must not hide the rest of the certificate.
            }
        }

        return names;
    }

    private static (string Algorithm, int Size) Key(X509Certificate2 certificate)
    {
        using (var rsa = certificate.GetRSAPublicKey())
        {
            if (rsa is not null)
            {
                return ("RSA", rsa.KeySize);
            }
        }

        using (var ecdsa = certificate.GetECDsaPublicKey())
        {
            if (ecdsa is not null)
            {
                return ("ECDSA", ecdsa.KeySize);
            }
        }

        var oid = certificate.PublicKey.Oid;
        return (oid.FriendlyName ?? oid.Value ?? "unknown", 0);
    }
}
