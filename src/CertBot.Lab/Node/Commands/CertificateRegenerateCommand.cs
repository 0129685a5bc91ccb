using System.Security.Cryptography.X509Certificates;
using CertBot.Lab.Pki;

namespace CertBot.Lab.Node.Commands;

/// <summary>
/// <c>set cert regen &lt;unit&gt;</c>: after the WARNING and a <c>yes</c>, a new key and a new self-signed
/// certificate (new serial, five years from now) with the same subject and SANs. A CA-signed identity is
/// replaced by a self-signed one, as the platform does. The new certificate reaches the peers' trust stores
/// (<see cref="ChangeNotification"/>).
/// </summary>
internal sealed class CertificateRegenerateCommand : ICommandHandler
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

        if (unit == "ITLRecovery")
        {
            await context.LineAsync();
            await context.LineAsync("WARNING: If you are using a tokenless CTL and if the CallManager certificate is recently ");
            await context.LineAsync("generated, please ensure that the CTL File already has the new CallManager certificate and is");
            await context.LineAsync("updated to the endpoints, before generating the ITL Recovery certificate. Are you sure want ");
            await context.LineAsync("to proceed?");
            await context.LineAsync();
        }
        else
        {
            await context.LineAsync($"WARNING: This operation will overwrite any CA signed certificate previously imported for  {unit}");
        }

        if (!await context.ConfirmAsync("Proceed with regeneration (yes|no)? "))
        {
            return;
        }

        await context.DelayAsync(context.Snapshot.Timing.RegenerationMilliseconds);
        var current = await context.ReadAsync((_, files) => files.ReadOwnCertificate(unit));
        var issued = Regenerate(X509Certificate2.CreateFromPem(current), context.Time.GetUtcNow());
        await context.UpdateAsync((_, files) =>
        {
            files.WriteOwn(unit, issued.CertificatePem, issued.KeyPem);
            return true;
        });
        await ChangeNotification.CopyToPeersAsync(context, unit, issued.CertificatePem);
        await context.LineAsync();
        await context.LineAsync($"Successfully Regenerated Certificate for {unit}.");
        await context.LineAsync();
        await context.LineAsync($"You must restart services related to {unit} for the regenerated certificates to become active.");
    }

    private static IssuedCertificate Regenerate(X509Certificate2 current, DateTimeOffset now)
    {
        var request = new IdentityRequest(CertificateReading.CommonName(current), CertificateReading.DnsNames(current), CertificateReading.IsIpsec(current));
        using var key = CertificateFactory.NewKey(CertificateReading.IsEcdsa(current));
        var notBefore = now.AddMinutes(-1);
        return IssuedCertificate.From(CertificateFactory.CreateIdentity(request, key, null, notBefore, notBefore.AddYears(5)), key);
    }
}
