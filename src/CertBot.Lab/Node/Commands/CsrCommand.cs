using System.Security.Cryptography.X509Certificates;
using CertBot.Lab.Pki;
using CertBot.Lab.State;

namespace CertBot.Lab.Node.Commands;

/// <summary>
/// <c>set csr gen &lt;unit&gt;</c>: a CSR for a new key pair (kept on the node as the pending key until the signed
/// certificate is imported), with the unit's subject and SANs; 12.5+ asks about the OU. Where a multi-server
/// CSR is offered (<see cref="CsrDistribution"/>) the node asks for the distribution; a multi-server CSR is named
/// <c>&lt;node&gt;-ms.&lt;domain&gt;</c> and carries every covered node's FQDN as a SAN.
/// </summary>
internal sealed class CsrGenerateCommand : ICommandHandler
{
    /// <summary>The distribution question (the wording is the lab's: no capture of the real prompt was found).</summary>
    public const string MultiServerQuestion = "Generate a multi-server (SAN) CSR for all nodes of the cluster (yes|no)? ";

    public async Task ExecuteAsync(CommandContext context, CommandArguments arguments)
    {
        var typed = arguments.At(0);
        var unit = typed is null ? null : await context.ReadAsync((_, files) => CommandContext.FindOwnUnit(files, typed));
        if (unit is null)
        {
            await context.InvalidUnitAsync(typed ?? "");
            return;
        }

        if (!context.Snapshot.Version.StartsWith("11.", StringComparison.Ordinal))
        {
            await context.ConfirmAsync("Include OU in CSR (yes|no)? ");
        }

        var peers = CsrDistribution.MultiServerPeers(context.Snapshot, unit);
        var multiServer = peers.Count > 1 && await context.ConfirmAsync(MultiServerQuestion);
        var current = X509Certificate2.CreateFromPem(await context.ReadAsync((_, files) => files.ReadOwnCertificate(unit)));
        using var key = CertificateFactory.NewKey(CertificateReading.IsEcdsa(current));
        var request = multiServer
            ? MultiServerRequest(context.Snapshot.Identity, unit, current, peers)
            : new IdentityRequest(CertificateReading.CommonName(current), CertificateReading.DnsNames(current), CertificateReading.IsIpsec(current));
        var csr = CertificateFactory.CreateSigningRequestPem(request, key);
        var keyPem = key.ExportPkcs8PrivateKeyPem() + "\n";
        await context.UpdateAsync((_, files) =>
        {
            files.WriteCsr(unit, csr, keyPem, multiServer ? peers.Select(p => p.Name).ToList() : []);
            return true;
        });
        await context.LineAsync($"Successfully Generated CSR for {unit}.");
    }

    private static IdentityRequest MultiServerRequest(NodeIdentity self, string unit, X509Certificate2 current, IReadOnlyList<PeerNode> peers)
    {
        var commonName = $"{self.Name}-ms.{self.Domain}" + (unit.EndsWith("-ECDSA", StringComparison.Ordinal) ? "-EC" : "");
        var shortNames = peers.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = peers.Select(p => p.Fqdn)
            .Concat(CertificateReading.DnsNames(current).Where(n => !shortNames.Contains(n)))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new IdentityRequest(commonName, names);
    }
}
