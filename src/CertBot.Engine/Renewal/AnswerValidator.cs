using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CertBot.Engine.Planning;

namespace CertBot.Engine.Renewal;

/// <summary>
/// Judges the CA's answer to a renewal's CSRs before anything changes: each signed certificate must be for a
/// CSR's key, carry every DNS name that CSR asked for, be valid now and later than the certificate it replaces,
/// fit the unit's key usage (tomcat: serverAuth and clientAuth), and chain through the CA certificates given
/// (with those accepted before) to a self-signed root, every signature verified and nothing expired.
/// </summary>
public static class AnswerValidator
{
    private const string ServerAuth = "1.3.6.1.5.5.7.3.1";
    private const string ClientAuth = "1.3.6.1.5.5.7.3.2";

    /// <summary>The material with the answer added, or the exact reason it is refused.</summary>
    public static (RenewalMaterial? Accepted, string Message) Validate(Plan plan, RenewalMaterial material, string answer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(material);
        if (PrivateKeyText.Holds(answer))
        {
            return (null, "the answer is refused: " + PrivateKeyText.Refusal);
        }

        var pems = PemCertificates.Split(answer ?? "");
        if (pems.Count == 0)
        {
            return (null, "the answer holds no PEM certificate (-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----)");
        }

        List<X509Certificate2> certificates;
        try
        {
            certificates = pems.Select(p => X509Certificate2.CreateFromPem(p)).ToList();
        }
        catch (CryptographicException e)
        {
            return (null, $"a certificate of the answer cannot be read: {e.Message}");
        }

        var authorities = certificates.Where(IsAuthority).Concat(material.Chain.Select(p => X509Certificate2.CreateFromPem(p))).ToList();
        var leaves = certificates.Where(c => !IsAuthority(c)).ToList();
        if (leaves.Count == 0)
        {
            return (null, "the answer holds CA certificates only: add the signed certificate");
        }

        var accepted = new Dictionary<string, string>(material.Certificates);
        var said = new List<string>();
        foreach (var leaf in leaves)
        {
            var (node, refusal) = Judge(plan, material, leaf, authorities, now);
            if (refusal is not null)
            {
                return (null, refusal);
            }

            accepted[node!] = leaf.ExportCertificatePem() + "\n";
            said.Add($"{node}: {Describe(leaf)}");
        }

        var chain = ChainOf(leaves[0], authorities, now);
        var updated = material with { Certificates = accepted, Chain = chain.Select(c => c.ExportCertificatePem() + "\n").ToList() };
        var rest = updated.Unanswered;
        return (updated, string.Join("; ", said) + (rest.Count == 0 ? "" : $"; still waiting for the certificate of {string.Join(", ", rest)}"));
    }

    /// <summary>Subject, issuer, SANs, validity and fingerprint in plain words.</summary>
    public static string Describe(X509Certificate2 certificate)
    {
        var facts = CertificateFacts.Of(certificate);
        return $"subject {facts.Subject}, issued by {facts.Issuer}, SANs {string.Join(", ", facts.DnsNames)}, valid {facts.Validity}, serial {facts.Serial}, SHA-256 {facts.Sha256}";
    }

    private static (string? Node, string? Refusal) Judge(Plan plan, RenewalMaterial material, X509Certificate2 leaf, List<X509Certificate2> authorities, DateTimeOffset now)
    {
        var name = leaf.GetNameInfo(X509NameType.SimpleName, false);
        if (leaf.SubjectName.RawData.AsSpan().SequenceEqual(leaf.IssuerName.RawData))
        {
            return (null, $"'{name}' is self-signed: the renewal needs the certificate the CA signed for the CSR");
        }

        var key = leaf.PublicKey.ExportSubjectPublicKeyInfo();
        var match = material.Csrs.FirstOrDefault(c => Request(c.Value).PublicKey.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(key));
        if (match.Key is null)
        {
            var csrs = string.Join(", ", material.Csrs.Keys.Order(StringComparer.Ordinal).Select(n => n + "'s"));
            return (null, $"the certificate's key does not match {csrs} CSR");
        }

        var step = plan.Steps.First(s => s.Kind == StepKind.GenerateCsr && s.Node?.Name == match.Key);
        var missing = (step.ExpectedNames ?? []).Concat(RequestedNames(Request(match.Value)))
            .Distinct(StringComparer.OrdinalIgnoreCase).Where(n => !DnsNames(leaf).Contains(n, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
        {
            return (null, $"the certificate for {match.Key}'s CSR lacks the SAN(s) the CSR asked for: {string.Join(", ", missing)}");
        }

        if (now < leaf.NotBefore.ToUniversalTime() || now >= leaf.NotAfter.ToUniversalTime())
        {
            return (null, $"the certificate for {match.Key} is not valid now (valid {leaf.NotBefore.ToUniversalTime():yyyy-MM-dd} to {leaf.NotAfter.ToUniversalTime():yyyy-MM-dd})");
        }

        if (step.PreviousNotAfter is { } before && leaf.NotAfter.ToUniversalTime() <= before)
        {
            return (null, $"the certificate for {match.Key} expires {leaf.NotAfter.ToUniversalTime():yyyy-MM-dd}, not later than the current one ({before:yyyy-MM-dd})");
        }

        if (UsageRefusal(leaf, step.Unit!) is { } usage)
        {
            return (null, usage);
        }

        return (match.Key, ChainRefusal(leaf, authorities, now));
    }

    private static string? UsageRefusal(X509Certificate2 leaf, string unit)
    {
        var purposes = leaf.Extensions.OfType<X509EnhancedKeyUsageExtension>().SelectMany(e => e.EnhancedKeyUsages.Cast<Oid>()).Select(o => o.Value).ToList();
        var needed = unit.StartsWith("tomcat", StringComparison.Ordinal) ? new[] { ServerAuth, ClientAuth } : [ServerAuth];
        var lacking = needed.Where(n => purposes.Count > 0 && !purposes.Contains(n)).Select(n => n == ServerAuth ? "serverAuth" : "clientAuth").ToList();
        return purposes.Count == 0 || lacking.Count == 0 ? null : $"the certificate's extended key usage lacks {string.Join(" and ", lacking)}, which {unit} needs";
    }

    private static string? ChainRefusal(X509Certificate2 leaf, List<X509Certificate2> authorities, DateTimeOffset now)
    {
        using var chain = Build(leaf, authorities, now);
        var top = chain.ChainElements[^1].Certificate;
        if (!top.SubjectName.RawData.AsSpan().SequenceEqual(top.IssuerName.RawData))
        {
            return $"chain stops at '{top.GetNameInfo(X509NameType.SimpleName, false)}': add its issuer '{top.GetNameInfo(X509NameType.SimpleName, true)}'";
        }

        var bad = chain.ChainElements.FirstOrDefault(e => e.ChainElementStatus.Any(s => s.Status != X509ChainStatusFlags.NoError));
        return bad is null ? null
            : $"the chain does not verify at '{bad.Certificate.GetNameInfo(X509NameType.SimpleName, false)}': {string.Join(", ", bad.ChainElementStatus.Select(s => s.StatusInformation.Trim()))}";
    }

    private static List<X509Certificate2> ChainOf(X509Certificate2 leaf, List<X509Certificate2> authorities, DateTimeOffset now)
    {
        using var chain = Build(leaf, authorities, now);
        return chain.ChainElements.Skip(1).Select(e => X509CertificateLoader.LoadCertificate(e.Certificate.RawData)).ToList();
    }

    private static X509Chain Build(X509Certificate2 leaf, List<X509Certificate2> authorities, DateTimeOffset now)
    {
        var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = now.UtcDateTime;
        chain.ChainPolicy.CustomTrustStore.AddRange(authorities.Where(a => a.SubjectName.RawData.AsSpan().SequenceEqual(a.IssuerName.RawData)).ToArray());
        chain.ChainPolicy.ExtraStore.AddRange(authorities.ToArray());
        chain.Build(leaf);
        return chain;
    }

    private static bool IsAuthority(X509Certificate2 certificate) =>
        certificate.Extensions.OfType<X509BasicConstraintsExtension>().Any(b => b.CertificateAuthority);

    private static CertificateRequest Request(string csrPem) =>
        CertificateRequest.LoadSigningRequestPem(csrPem, HashAlgorithmName.SHA256, CertificateRequestLoadOptions.UnsafeLoadCertificateExtensions);

    private static IEnumerable<string> RequestedNames(CertificateRequest request) =>
        request.CertificateExtensions.OfType<X509SubjectAlternativeNameExtension>().SelectMany(e => e.EnumerateDnsNames());

    private static List<string> DnsNames(X509Certificate2 certificate) =>
        [.. certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().SelectMany(e => e.EnumerateDnsNames())];
}
