using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CertBot.Lab.Pki;

/// <summary>
/// Makes the lab's certificates with the BCL: RSA 2048 (or P-256 for *-ECDSA units), SHA-256, random
/// positive serials, SANs, and self-signed or signed by the lab CA.
/// </summary>
public static class CertificateFactory
{
    private const string ServerAuth = "1.3.6.1.5.5.7.3.1";
    private const string ClientAuth = "1.3.6.1.5.5.7.3.2";
    private const string IpsecEndSystem = "1.3.6.1.5.5.7.3.5";

    /// <summary>A self-signed CA certificate.</summary>
    public static X509Certificate2 CreateAuthority(string commonName, RSA key, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        var request = new CertificateRequest(IdentityRequest.SubjectFor(commonName), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var generator = X509SignatureGenerator.CreateForRSA(key, RSASignaturePadding.Pkcs1);
        return request.Create(request.SubjectName, generator, notBefore, notAfter, NewSerial());
    }

    /// <summary>An identity certificate for <paramref name="key"/>; self-signed when <paramref name="issuer"/> is null.</summary>
    public static X509Certificate2 CreateIdentity(
        IdentityRequest identity, AsymmetricAlgorithm key, SigningAuthority? issuer, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        var request = CreateRequest(identity, key);
        var generator = issuer is null ? GeneratorFor(key) : X509SignatureGenerator.CreateForRSA(issuer.Key, RSASignaturePadding.Pkcs1);
        var issuerName = issuer?.Certificate.SubjectName ?? request.SubjectName;
        return request.Create(issuerName, generator, notBefore, notAfter, NewSerial());
    }

    /// <summary>A certificate signing request (PEM) for an identity and its key.</summary>
    public static string CreateSigningRequestPem(IdentityRequest identity, AsymmetricAlgorithm key) =>
        CreateRequest(identity, key).CreateSigningRequestPem() + "\n";

    /// <summary>A new key of the kind a unit uses (ECDSA units get P-256, others RSA 2048).</summary>
    public static AsymmetricAlgorithm NewKey(bool ecdsa) =>
        ecdsa ? ECDsa.Create(ECCurve.NamedCurves.nistP256) : RSA.Create(2048);

    /// <summary>Reads a PKCS#8 private key PEM of either kind.</summary>
    public static AsymmetricAlgorithm LoadKey(string keyPem)
    {
        AsymmetricAlgorithm key = keyPem.Contains("EC PRIVATE", StringComparison.Ordinal) ? ECDsa.Create() : RSA.Create();
        try
        {
            key.ImportFromPem(keyPem);
        }
        catch (ArgumentException) when (key is RSA)
        {
            // PKCS#8 "PRIVATE KEY" does not say the algorithm in its label: try ECDSA next.
            key.Dispose();
            key = ECDsa.Create();
            key.ImportFromPem(keyPem);
        }
        catch (CryptographicException) when (key is RSA)
        {
            key.Dispose();
            key = ECDsa.Create();
            key.ImportFromPem(keyPem);
        }

        return key;
    }

    private static CertificateRequest CreateRequest(IdentityRequest identity, AsymmetricAlgorithm key)
    {
        var subject = IdentityRequest.SubjectFor(identity.CommonName);
        var request = key switch
        {
            RSA rsa => new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
            ECDsa ec => new CertificateRequest(subject, ec, HashAlgorithmName.SHA256),
            _ => throw new ArgumentException($"unsupported key type {key.GetType().Name}", nameof(key)),
        };
        var usage = key is RSA
            ? X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment
            : X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyAgreement;
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, true));
        var purposes = new OidCollection { new Oid(ServerAuth), new Oid(ClientAuth) };
        if (identity.Ipsec)
        {
            purposes.Add(new Oid(IpsecEndSystem));
        }

        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(purposes, false));
        if (identity.DnsNames.Count > 0)
        {
            var names = new SubjectAlternativeNameBuilder();
            foreach (var dns in identity.DnsNames)
            {
                names.AddDnsName(dns);
            }

            request.CertificateExtensions.Add(names.Build());
        }

        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request;
    }

    private static X509SignatureGenerator GeneratorFor(AsymmetricAlgorithm key) => key switch
    {
        RSA rsa => X509SignatureGenerator.CreateForRSA(rsa, RSASignaturePadding.Pkcs1),
        ECDsa ec => X509SignatureGenerator.CreateForECDsa(ec),
        _ => throw new ArgumentException($"unsupported key type {key.GetType().Name}", nameof(key)),
    };

    internal static byte[] NewSerial()
    {
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] = (byte)((serial[0] & 0x7F) | 0x10);  // positive and always 16 significant bytes
        return serial;
    }
}
