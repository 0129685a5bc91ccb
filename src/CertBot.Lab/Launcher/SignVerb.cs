using System.Security.Cryptography;
using CertBot.Lab.Pki;

namespace CertBot.Lab.Launcher;

/// <summary>
/// <c>certbot-lab sign &lt;csr file&gt; [--intermediate] [--flaw …] [--out file]</c>: the lab CA answers a CSR as a CA
/// would (the signed certificate, then its chain), through the root alone or a two-level chain (root → issuing
/// CA); a flaw makes one of the wrong answers renewals must refuse.
/// </summary>
internal static class SignVerb
{
    public const string Flaws = "other-key, missing-san, expired, incomplete-chain, self-signed";

    public static async Task<int> RunAsync(string csrFile, bool intermediate, string? flaw, string? outFile, string? directory, TextWriter output, CancellationToken ct)
    {
        var layout = RuntimeDirectoryOption.Existing(directory);
        var csr = await File.ReadAllTextAsync(csrFile, ct);
        string answer;
        try
        {
            answer = new LabCertificateAuthority(layout.Root, TimeProvider.System).Sign(csr, intermediate, ParseFlaw(flaw));
        }
        catch (CryptographicException e)
        {
            throw new LabLauncherException($"{csrFile} is not a CSR the lab CA can sign: {e.Message}");
        }

        if (outFile is null)
        {
            await output.WriteAsync(answer);
        }
        else
        {
            await File.WriteAllTextAsync(outFile, answer, ct);
            await output.WriteLineAsync($"signed {csrFile} → {outFile}");
        }

        return 0;
    }

    private static SigningFlaw ParseFlaw(string? flaw) => flaw switch
    {
        null or "" or "none" => SigningFlaw.None,
        "other-key" => SigningFlaw.OtherKey,
        "missing-san" => SigningFlaw.MissingSan,
        "expired" => SigningFlaw.Expired,
        "incomplete-chain" => SigningFlaw.IncompleteChain,
        "self-signed" => SigningFlaw.SelfSigned,
        _ => throw new LabLauncherException($"unknown flaw '{flaw}': use {Flaws}"),
    };
}
