using System.Security.Cryptography.X509Certificates;
using CertBot.Lab.Pki;

namespace CertBot.Lab.Node.Commands;

/// <summary><c>set csr gen &lt;unit&gt;</c>: a CSR for the unit's key, same subject and SANs (12.5+ asks about the OU).</summary>
internal sealed class CsrGenerateCommand : ICommandHandler
{
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

        var (certificatePem, keyPem) = await context.ReadAsync((_, files) => (files.ReadOwnCertificate(unit), files.ReadOwnKey(unit)));
        var certificate = X509Certificate2.CreateFromPem(certificatePem);
        using var key = CertificateFactory.LoadKey(keyPem);
        var request = new IdentityRequest(CertificateReading.CommonName(certificate), CertificateReading.DnsNames(certificate), CertificateReading.IsIpsec(certificate));
        var csr = CertificateFactory.CreateSigningRequestPem(request, key);
        await context.UpdateAsync((_, files) =>
        {
            files.WriteCsr(unit, csr);
            return true;
        });
        await context.LineAsync($"Successfully Generated CSR for {unit}.");
    }
}
