using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CertBot.Lab.Pki;

/// <summary>A CA certificate and its key, able to sign identity certificates.</summary>
public sealed record SigningAuthority(X509Certificate2 Certificate, RSA Key)
{
    /// <summary>Reads a CA from its PEM files.</summary>
    public static SigningAuthority Load(string certificatePem, string keyPem)
    {
        var key = RSA.Create();
        key.ImportFromPem(keyPem);
        return new SigningAuthority(X509Certificate2.CreateFromPem(certificatePem), key);
    }
}
