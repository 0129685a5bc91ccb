using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CertBot.Lab.Pki;

/// <summary>A certificate with its private key, as PEM text ready to be written to the node state.</summary>
public sealed record IssuedCertificate(string CertificatePem, string KeyPem)
{
    public static IssuedCertificate From(X509Certificate2 certificate, AsymmetricAlgorithm key) =>
        new(certificate.ExportCertificatePem() + "\n", key.ExportPkcs8PrivateKeyPem() + "\n");
}
