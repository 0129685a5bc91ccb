using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CertBot.Lab.State;

namespace CertBot.Lab.Pki;

/// <summary>
/// The lab CA as a CA answers a CSR: the root of <c>ca/ca.pem</c> and, for a two-level chain, an issuing CA it
/// signed (<c>ca/issuing.pem</c>, made on first use). The answer is the signed certificate followed by its chain.
/// </summary>
public sealed class LabCertificateAuthority
{
    /// <summary>Common name of the issuing CA the root signs for two-level chains.</summary>
    public const string IssuingName = "Lab Issuing CA 1";

    private readonly string caDir;
    private readonly TimeProvider time;

    /// <param name="runtimeDir">The lab's runtime directory (holds <c>ca/</c>).</param>
    /// <param name="time">The clock that dates the certificates.</param>
    public LabCertificateAuthority(string runtimeDir, TimeProvider time)
    {
        caDir = Path.Combine(runtimeDir, "ca");
        this.time = time;
    }

    /// <summary>Signs a CSR (PEM); the answer is PEM: the certificate, then the issuing CA when asked for, then the root.</summary>
    /// <exception cref="CryptographicException">The CSR cannot be read or its signature does not verify.</exception>
    public string Sign(string csrPem, bool intermediate, SigningFlaw flaw = SigningFlaw.None)
    {
        var now = time.GetUtcNow();
        var root = Load("ca");
        var issuing = intermediate ? LoadOrCreateIssuing(root, now) : null;
        var signer = issuing ?? root;
        var request = CertificateRequest.LoadSigningRequestPem(csrPem, HashAlgorithmName.SHA256, CertificateRequestLoadOptions.UnsafeLoadCertificateExtensions);
        using var otherKey = flaw is SigningFlaw.OtherKey or SigningFlaw.SelfSigned ? RSA.Create(2048) : null;
        if (otherKey is not null)
        {
            request = Rekeyed(request, otherKey);
        }

        if (flaw == SigningFlaw.MissingSan)
        {
            DropLastDnsName(request);
        }

        var (notBefore, notAfter) = flaw == SigningFlaw.Expired ? (now.AddYears(-1), now.AddDays(-1)) : (now.AddHours(-1), now.AddYears(2));
        using var certificate = flaw == SigningFlaw.SelfSigned
            ? request.CreateSelfSigned(notBefore, notAfter)
            : Issue(request, signer, notBefore, notAfter);
        var chain = new List<X509Certificate2> { certificate };
        if (flaw != SigningFlaw.SelfSigned)
        {
            if (issuing is not null)
            {
                chain.Add(issuing.Certificate);
            }

            if (flaw != SigningFlaw.IncompleteChain || issuing is null)
            {
                chain.Add(root.Certificate);
            }
        }

        return string.Concat(chain.Select(c => c.ExportCertificatePem() + "\n"));
    }

    /// <summary>The root and, once made, the issuing CA (PEM), as a node's trust store would take them.</summary>
    public string ChainPem(bool intermediate)
    {
        var root = Load("ca");
        var issuing = intermediate ? LoadOrCreateIssuing(root, time.GetUtcNow()) : null;
        return (issuing is null ? "" : issuing.Certificate.ExportCertificatePem() + "\n") + root.Certificate.ExportCertificatePem() + "\n";
    }

    private static X509Certificate2 Issue(CertificateRequest request, SigningAuthority signer, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(signer.Certificate, true, false));
        var generator = X509SignatureGenerator.CreateForRSA(signer.Key, RSASignaturePadding.Pkcs1);

        // A CA never issues beyond its own validity.
        var end = notAfter < signer.Certificate.NotAfter ? notAfter : new DateTimeOffset(signer.Certificate.NotAfter.ToUniversalTime());
        return request.Create(signer.Certificate.SubjectName, generator, notBefore, end, CertificateFactory.NewSerial());
    }

    private static CertificateRequest Rekeyed(CertificateRequest request, RSA key)
    {
        var copy = new CertificateRequest(request.SubjectName, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        foreach (var extension in request.CertificateExtensions.Where(e => e is not X509SubjectKeyIdentifierExtension))
        {
            copy.CertificateExtensions.Add(extension);
        }

        copy.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(copy.PublicKey, false));
        return copy;
    }

    private static void DropLastDnsName(CertificateRequest request)
    {
        var san = request.CertificateExtensions.OfType<X509SubjectAlternativeNameExtension>().FirstOrDefault();
        if (san is null)
        {
            return;
        }

        var names = san.EnumerateDnsNames().ToList();
        request.CertificateExtensions.Remove(san);
        var builder = new SubjectAlternativeNameBuilder();
        names.Take(names.Count - 1).ToList().ForEach(builder.AddDnsName);
        request.CertificateExtensions.Add(builder.Build());
    }

    private SigningAuthority Load(string name) =>
        SigningAuthority.Load(File.ReadAllText(Path.Combine(caDir, name + ".pem")), File.ReadAllText(Path.Combine(caDir, name + ".key")));

    private SigningAuthority LoadOrCreateIssuing(SigningAuthority root, DateTimeOffset now)
    {
        var pem = Path.Combine(caDir, "issuing.pem");
        if (!File.Exists(pem))
        {
            using var key = RSA.Create(2048);
            var request = new CertificateRequest(IdentityRequest.SubjectFor(IssuingName), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
            request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
            using var certificate = Issue(request, root, now.AddDays(-1), root.Certificate.NotAfter.AddDays(-1));
            AtomicFile.WriteAllText(Path.Combine(caDir, "issuing.key"), key.ExportPkcs8PrivateKeyPem() + "\n", ownerOnly: true);
            AtomicFile.WriteAllText(pem, certificate.ExportCertificatePem() + "\n");
        }

        return Load("issuing");
    }
}
