using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CertBot.Cisco.Tests.Certificates;

/// <summary>Certificates made on the spot with the BCL, for parser and reader tests.</summary>
internal static class TestCertificates
{
    public static X509Certificate2 SelfSigned(string cn, params string[] dnsNames)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={cn}, O=Test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        AddNames(request, dnsNames);
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    public static (X509Certificate2 Ca, X509Certificate2 Leaf) CaSigned(string cn, params string[] dnsNames)
    {
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=Test Issuing CA, O=Test", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        var ca = caRequest.CreateSelfSigned(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2034, 1, 1, 0, 0, 0, TimeSpan.Zero));

        using var leafKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var leafRequest = new CertificateRequest($"CN={cn}, O=Test", leafKey, HashAlgorithmName.SHA256);
        AddNames(leafRequest, dnsNames);
        leafRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));
        var leaf = leafRequest.Create(ca.SubjectName, X509SignatureGenerator.CreateForRSA(caKey, RSASignaturePadding.Pkcs1), new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero), [1, 2, 3, 4, 5]);
        return (ca, leaf);
    }

    public static string Pem(X509Certificate2 certificate) => certificate.ExportCertificatePem();

    private static void AddNames(CertificateRequest request, string[] dnsNames)
    {
        if (dnsNames.Length == 0)
        {
            return;
        }

        var san = new SubjectAlternativeNameBuilder();
        foreach (var name in dnsNames)
        {
            san.AddDnsName(name);
        }

        request.CertificateExtensions.Add(san.Build());
    }
}
