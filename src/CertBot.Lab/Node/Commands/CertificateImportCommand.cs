using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using CertBot.Lab.Pki;

namespace CertBot.Lab.Node.Commands;

/// <summary>
/// <c>set cert import trust|own &lt;unit&gt;</c>: reads a pasted PEM (lines up to END CERTIFICATE). Trust goes to
/// the unit's trust store as <c>&lt;CN&gt;.pem</c>; own replaces the identity as <see cref="OwnCertificateImport"/> checks it.
/// </summary>
internal sealed class CertificateImportCommand : ICommandHandler
{
    public async Task ExecuteAsync(CommandContext context, CommandArguments arguments)
    {
        var kind = arguments.At(0);
        var unitTyped = arguments.At(1);
        if (kind is not ("trust" or "own") || unitTyped is null)
        {
            await context.FailAsync("Usage: set cert import trust|own <unit>");
            return;
        }

        var target = await context.ReadAsync((_, files) => kind == "trust" ? TrustStoreNames.Resolve(files, unitTyped) : CommandContext.FindOwnUnit(files, unitTyped));
        if (target is null)
        {
            await context.InvalidUnitAsync(unitTyped);
            return;
        }

        await context.LineAsync("Paste the Certificate and Hit Enter");
        var pem = await ReadPemAsync(context);
        X509Certificate2 certificate;
        try
        {
            certificate = X509Certificate2.CreateFromPem(pem);
        }
        catch (CryptographicException)
        {
            await context.FailAsync("Invalid certificate: it could not be read.");
            return;
        }

        var unit = kind == "trust" ? TrustStoreNames.UnitOf(target) : target;
        if (kind == "trust")
        {
            await ImportTrustAsync(context, target, certificate, pem);
        }
        else if (await OwnCertificateImport.ImportAsync(context, target, certificate, pem) is { } refusal)
        {
            await context.FailAsync(refusal);
            return;
        }

        await context.LineAsync($"Successfully imported certificate for {unit}.");
        await context.LineAsync($"Please restart services related to {unit} for the new certificate to become active.");
    }

    private static Task<bool> ImportTrustAsync(CommandContext context, string store, X509Certificate2 certificate, string pem) =>
        context.UpdateAsync((_, files) =>
        {
            var file = TrustFileNames.For(certificate, withSerial: false);
            if (files.HasTrust(store, file) && !X509Certificate2.CreateFromPem(files.ReadTrust(store, file)).RawData.AsSpan().SequenceEqual(certificate.RawData))
            {
                file = TrustFileNames.For(certificate, withSerial: true);
            }

            files.WriteTrust(store, file, pem);
            return true;
        });

    private static async Task<string> ReadPemAsync(CommandContext context)
    {
        var pem = new StringBuilder();
        while (await context.Output.ReadLineAsync(context.Cancellation) is { } line)
        {
            pem.Append(line.Trim()).Append('\n');
            if (line.Contains("END CERTIFICATE", StringComparison.Ordinal))
            {
                break;
            }
        }

        return pem.ToString();
    }
}
