using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CertBot.Engine.Renewal;

/// <summary>
/// One CSR of a renewal as people read it before sending it to the CA: the node that generated it, its subject,
/// the DNS names it asks for and its key in plain words ("RSA 2048-bit", "ECDSA P-256"), with the PEM itself.
/// </summary>
/// <param name="Node">The node that generated the CSR (and keeps its private key).</param>
/// <param name="Subject">The subject as the CSR names it (<c>CN=imp-sub2.east.lab.example, OU=…</c>).</param>
/// <param name="DnsNames">The subject alternative names (DNS) the CSR asks for.</param>
/// <param name="Key">The key algorithm and size in plain words.</param>
/// <param name="Pem">The CSR, PEM.</param>
public sealed record SigningRequestFacts(string Node, string Subject, IReadOnlyList<string> DnsNames, string Key, string Pem)
{
    /// <summary>Reads a CSR (PEM).</summary>
    /// <exception cref="CryptographicException">The text is not a readable CSR.</exception>
    public static SigningRequestFacts Read(string node, string pem)
    {
        ArgumentNullException.ThrowIfNull(pem);
        var request = CertificateRequest.LoadSigningRequestPem(pem, HashAlgorithmName.SHA256, CertificateRequestLoadOptions.UnsafeLoadCertificateExtensions);
        var names = request.CertificateExtensions.OfType<X509SubjectAlternativeNameExtension>().SelectMany(e => e.EnumerateDnsNames()).ToList();
        return new SigningRequestFacts(node, request.SubjectName.Name, names, KeyOf(request.PublicKey), pem.EndsWith('\n') ? pem : pem + "\n");
    }

    /// <summary>Every CSR of <paramref name="material"/>, by node name.</summary>
    public static IReadOnlyList<SigningRequestFacts> Of(RenewalMaterial material)
    {
        ArgumentNullException.ThrowIfNull(material);
        return [.. material.Csrs.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => Read(c.Key, c.Value))];
    }

    /// <summary>"RSA 2048-bit", "ECDSA P-256", or the algorithm's name when it is neither.</summary>
    public static string KeyOf(PublicKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var rsa = key.GetRSAPublicKey();
        if (rsa is not null)
        {
            return string.Create(CultureInfo.InvariantCulture, $"RSA {rsa.KeySize}-bit");
        }

        using var ecdsa = key.GetECDsaPublicKey();
        return ecdsa is not null
            ? string.Create(CultureInfo.InvariantCulture, $"ECDSA P-{ecdsa.KeySize}")
            : key.Oid.FriendlyName ?? key.Oid.Value ?? "unknown";
    }
}
