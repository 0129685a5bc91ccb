using System.Security.Cryptography;
using CertBot.Cisco.Certificates;
using CertBot.Cisco.Parsing;
using CertBot.Cisco.Sessions;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Cisco.Nodes;

/// <summary>The CSR path: generate a CSR on the node, read it back, import the CA's signed certificate.</summary>
public sealed partial class CiscoNodeSession
{
    /// <summary>
    /// <c>set csr gen &lt;unit&gt;</c>, the distribution question answered as asked (a node that offers no
    /// multi-server CSR for the unit does not ask), then the CSR's PEM from <c>show csr own &lt;unit&gt;/&lt;unit&gt;.csr</c>.
    /// </summary>
    public async Task<string> GenerateCsrAsync(string unit, bool multiServer, CancellationToken cancellationToken)
    {
        CliArgument.Word(unit, "unit", Node.ToString());
        var command = CliCommand.Change($"set csr gen {unit}", _timeouts.CertificateChangeTimeout,
            PromptReply.For(@"include\s+OU\s+in\s+CSR\s*\(\s*yes\s*[|/]\s*no\s*\)\s*\??", "yes"),
            PromptReply.For(@".*multi-server.*\(\s*yes\s*[|/]\s*no\s*\)\s*\??", multiServer ? "yes" : "no"),
            PromptReply.For(@".*(?:overwrite|replace|proceed|continue).*\(\s*yes\s*[|/]\s*no\s*\)\s*\??", "yes"));
        var output = await WithReasonAsync(command, cancellationToken);
        if (!SuccessTokens.GeneratedCsr(output, unit))
        {
            throw NoSuccess(command.Text, output, "no success message; no CSR was generated.");
        }

        if (multiServer && !output.Contains("multi-server", StringComparison.OrdinalIgnoreCase))
        {
            throw Unverified(command.Text, output, $"the node did not offer a multi-server CSR for {unit}; the CSR it made covers this node only.");
        }

        return await ReadCsrAsync(unit, cancellationToken);
    }

    /// <summary>The pending CSR of the unit (<c>show csr own &lt;unit&gt;/&lt;unit&gt;.csr</c>) as PEM.</summary>
    public async Task<string> ReadCsrAsync(string unit, CancellationToken cancellationToken)
    {
        CliArgument.Word(unit, "unit", Node.ToString());
        var show = $"show csr own {unit}/{unit}.csr";
        var csr = await ReadAsync(show, cancellationToken);
        var blocks = PemText.FindBlocks(Text.CliText.Clean(csr), "CERTIFICATE REQUEST");
        return blocks.Count > 0 ? PemText.ToPem(blocks[0], "CERTIFICATE REQUEST") : throw Unverified(show, csr, "the CSR could not be read.");
    }

    /// <summary>Units with a pending CSR (<c>show csr list own</c>).</summary>
    public async Task<IReadOnlyList<string>> ListCsrUnitsAsync(CancellationToken cancellationToken) =>
        CsrListParser.Parse(await ReadAsync("show csr list own", cancellationToken));

    /// <summary>
    /// <c>set cert import own &lt;unit&gt;</c> with the signed certificate, its success message checked, then the
    /// identity read back: it must be the certificate sent (same SHA-256), else the import is not proven.
    /// </summary>
    public async Task<CertificateInfo> ImportOwnAsync(string unit, string pem, CancellationToken cancellationToken)
    {
        CliArgument.Word(unit, "unit", Node.ToString());
        ArgumentException.ThrowIfNullOrWhiteSpace(pem);
        using var certificate = ParsePem(pem);
        var command = CliCommand.Change($"set cert import own {unit}", _timeouts.CertificateChangeTimeout,
            PromptReply.For(@".*paste\s+the\s+certificate\s+and\s+hit\s+enter[\s.:]*", PemText.ToPem(certificate.RawData).TrimEnd('\n')));
        var output = await WithReasonAsync(command, cancellationToken);
        if (!SuccessTokens.ImportedCertificate(output, unit))
        {
            throw NoSuccess(command.Text, output, "no success message; the certificate may not have been imported.");
        }

        var installed = await GetCertificateAsync(CertificateInfo.OwnStore, unit, unit + ".pem", cancellationToken);
        var sent = certificate.GetCertHashString(HashAlgorithmName.SHA256);
        return installed.Sha256Thumbprint.Equals(sent, StringComparison.OrdinalIgnoreCase)
            ? installed
            : throw Unverified(command.Text, output, $"{unit}.pem read back afterwards is serial {installed.Serial}, not the certificate imported.");
    }

    /// <summary>
    /// A change whose refusal names its reason: the node prints why (key does not match the CSR, CA not in trust)
    /// on the line before <c>Executed command unsuccessfully</c>, and that line is what the operator needs.
    /// </summary>
    private async Task<string> WithReasonAsync(CliCommand command, CancellationToken cancellationToken)
    {
        try
        {
            return await ChangeAsync(command, cancellationToken);
        }
        catch (NodeException e) when (e.Failure == NodeFailure.CommandFailed && RefusalReason(e.OutputTail) is { } reason)
        {
            throw new NodeException(e.Failure, e.Node, e.Command, e.OutputTail, $"{e.Message}: {reason}", e);
        }
    }

    /// <summary>The last line before the platform's failure marker that is neither blank nor part of a pasted PEM.</summary>
    private static string? RefusalReason(string? output)
    {
        var lines = Text.CliText.Clean(output ?? "").Split('\n').Select(l => l.Trim()).ToList();
        var marker = lines.FindIndex(l => l.StartsWith("Executed command unsuccessfully", StringComparison.Ordinal));
        return lines.Take(Math.Max(marker, 0))
            .LastOrDefault(l => l.Length > 0 && !l.StartsWith("-----", StringComparison.Ordinal) && l.Contains(' ', StringComparison.Ordinal));
    }
}
