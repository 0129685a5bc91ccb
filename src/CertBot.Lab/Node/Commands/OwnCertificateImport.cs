using System.Security.Cryptography.X509Certificates;
using CertBot.Lab.Pki;
using CertBot.Lab.State;

namespace CertBot.Lab.Node.Commands;

/// <summary>
/// <c>set cert import own &lt;unit&gt;</c> as a node checks it: the certificate must be for the pending CSR's key (the
/// identity's own key when there is no CSR), valid now, and its issuer chain must already be in the unit's trust
/// store up to a self-signed root. A multi-server certificate is checked against every node its CSR covered and
/// installed on all of them, or on none.
/// </summary>
internal static class OwnCertificateImport
{
    /// <summary>Imports the certificate; returns null on success, else the reason the node prints.</summary>
    public static async Task<string?> ImportAsync(CommandContext context, string unit, X509Certificate2 certificate, string pem)
    {
        var now = context.Time.GetUtcNow();
        var (keyPem, coveredNames, refusal) = await context.ReadAsync((_, files) =>
        {
            var key = files.ReadCsrKey(unit) ?? files.ReadOwnKey(unit);
            return (key, files.CsrNodes(unit), Check(files, unit, certificate, key, now));
        });
        if (refusal is not null)
        {
            return refusal;
        }

        var peers = context.Snapshot.Peers.Where(p => coveredNames.Contains(p.Name, StringComparer.Ordinal) && p.Name != context.Snapshot.Identity.Name).ToList();
        foreach (var peer in peers)
        {
            var peerRefusal = await new NodeStore(peer.StateDir).ReadAsync((_, files) => TrustRefusal(files, unit, certificate, now), context.Cancellation);
            if (peerRefusal is not null)
            {
                return $"{peer.Name}: {peerRefusal}";
            }
        }

        await context.UpdateAsync((_, files) =>
        {
            files.WriteOwn(unit, pem, keyPem);
            files.DeleteCsr(unit);
            return true;
        });
        foreach (var peer in peers)
        {
            await new NodeStore(peer.StateDir).UpdateAsync((_, files) =>
            {
                files.WriteOwn(unit, pem, keyPem);
                return true;
            }, context.Cancellation);
        }

        return null;
    }

    private static string? Check(CertificateFiles files, string unit, X509Certificate2 certificate, string keyPem, DateTimeOffset now)
    {
        if (CertificateReading.IsSelfSigned(certificate))
        {
            return $"The certificate is self-signed: only a CA-signed certificate can be imported as {unit}.";
        }

        using var key = CertificateFactory.LoadKey(keyPem);
        if (!key.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(certificate.PublicKey.ExportSubjectPublicKeyInfo()))
        {
            return files.ReadCsrKey(unit) is null
                ? $"The certificate does not match the private key of {unit}."
                : $"The certificate does not match the CSR generated for {unit}.";
        }

        return TrustRefusal(files, unit, certificate, now);
    }

    /// <summary>Null when the certificate is valid now and chains to a root in the unit's trust store.</summary>
    private static string? TrustRefusal(CertificateFiles files, string unit, X509Certificate2 certificate, DateTimeOffset now)
    {
        if (now < certificate.NotBefore.ToUniversalTime() || now > certificate.NotAfter.ToUniversalTime())
        {
            return $"The certificate is not valid now (valid from {certificate.NotBefore.ToUniversalTime():yyyy-MM-dd} to {certificate.NotAfter.ToUniversalTime():yyyy-MM-dd}).";
        }

        var store = TrustStoreNames.OfIdentity(unit);
        var trusted = files.TrustFiles(store).Select(f => X509Certificate2.CreateFromPem(files.ReadTrust(store, f))).ToList();
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = now.UtcDateTime;
        chain.ChainPolicy.CustomTrustStore.AddRange(trusted.Where(CertificateReading.IsSelfSigned).ToArray());
        chain.ChainPolicy.ExtraStore.AddRange(trusted.ToArray());
        if (chain.Build(certificate))
        {
            return null;
        }

        var last = chain.ChainElements[^1].Certificate;
        return $"The CA certificate of '{CertificateReading.IssuerCommonName(last)}' is not in {store}: import the CA chain into {store} first.";
    }
}
