using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CertBot.Engine.Tests.Renewal;

/// <summary>A root and an issuing CA made with the BCL, signing CSRs as a CA would (and wrongly, for tests).</summary>
public sealed class TestAuthority : IDisposable
{
    private readonly RSA rootKey = RSA.Create(2048);
    private readonly RSA issuingKey = RSA.Create(2048);

    public TestAuthority(DateTimeOffset now)
    {
        Now = now;
        Root = Authority("CN=Test Root CA", rootKey, null, null);
        Issuing = Authority("CN=Test Issuing CA 2", issuingKey, Root, rootKey);
    }

    public DateTimeOffset Now { get; }

    public X509Certificate2 Root { get; }

    public X509Certificate2 Issuing { get; }

    public static (string Csr, RSA Key) Csr(string commonName, params string[] names)
    {
        var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={commonName}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        names.ToList().ForEach(san.AddDnsName);
        request.CertificateExtensions.Add(san.Build());
        return (request.CreateSigningRequestPem(), key);
    }

    /// <summary>Signs the CSR through the issuing CA; <paramref name="names"/> replaces the CSR's SANs when given.</summary>
    public string Sign(string csr, string[]? names = null, DateTimeOffset? notAfter = null, string[]? usages = null, RSA? otherKey = null)
    {
        var loaded = CertificateRequest.LoadSigningRequestPem(csr, HashAlgorithmName.SHA256, CertificateRequestLoadOptions.UnsafeLoadCertificateExtensions);
        var request = otherKey is null ? loaded : new CertificateRequest(loaded.SubjectName, otherKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        (names ?? loaded.CertificateExtensions.OfType<X509SubjectAlternativeNameExtension>().Single().EnumerateDnsNames().ToArray()).ToList().ForEach(san.AddDnsName);
        request.CertificateExtensions.Clear();
        request.CertificateExtensions.Add(san.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        var purposes = new OidCollection();
        (usages ?? ["1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"]).ToList().ForEach(u => purposes.Add(new Oid(u)));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(purposes, false));
        using var issued = request.Create(Issuing.SubjectName, X509SignatureGenerator.CreateForRSA(issuingKey, RSASignaturePadding.Pkcs1),
            Now.AddDays(-1), notAfter ?? Now.AddYears(2), RandomNumberGenerator.GetBytes(12));
        return issued.ExportCertificatePem() + "\n";
    }

    public string IssuingPem => Issuing.ExportCertificatePem() + "\n";

    public string RootPem => Root.ExportCertificatePem() + "\n";

    public void Dispose()
    {
        rootKey.Dispose();
        issuingKey.Dispose();
        Root.Dispose();
        Issuing.Dispose();
    }

    private X509Certificate2 Authority(string subject, RSA key, X509Certificate2? parent, RSA? parentKey)
    {
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return parent is null
            ? request.CreateSelfSigned(Now.AddYears(-1), Now.AddYears(10))
            : request.Create(parent.SubjectName, X509SignatureGenerator.CreateForRSA(parentKey!, RSASignaturePadding.Pkcs1), Now.AddYears(-1), Now.AddYears(9), RandomNumberGenerator.GetBytes(12));
    }
}
