using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CertBot.Cisco.Certificates;
using CertBot.Cisco.Parsing;
using CertBot.Cisco.Sessions;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Cisco.Nodes;

public sealed partial class CiscoNodeSession
{
    public async Task<IReadOnlyList<CertificateInfo>> ListCertificatesAsync(bool trust, CancellationToken cancellationToken)
    {
        var entries = await ListEntriesAsync(trust, cancellationToken);
        var certificates = new List<CertificateInfo>(entries.Count);
        foreach (var entry in entries)
        {
            certificates.Add(await GetCertificateAsync(trust ? entry.Unit : CertificateInfo.OwnStore, entry.Unit, entry.File, cancellationToken));
        }

        return certificates;
    }

    /// <summary>The list lines only (<c>show cert list own|trust</c>), without reading each certificate.</summary>
    public async Task<IReadOnlyList<CertificateListEntry>> ListEntriesAsync(bool trust, CancellationToken cancellationToken)
    {
        var command = trust ? "show cert list trust" : "show cert list own";
        return CertificateListParser.Parse(await ReadAsync(command, cancellationToken));
    }

    public async Task<CertificateInfo> GetCertificateAsync(string store, string unit, string file, CancellationToken cancellationToken) =>
        (await ShowCertificateAsync(store, unit, file, cancellationToken)).Certificate;

    public async Task<string> GetCertificatePemAsync(string store, string unit, string file, CancellationToken cancellationToken)
    {
        var detail = await ShowCertificateAsync(store, unit, file, cancellationToken);
        return detail.Pem ?? throw new NodeException(NodeFailure.VerificationFailed, Node.ToString(), ShowCommand(store, unit, file), null,
            $"{Node}: the node did not print the PEM of {unit}/{file}.");
    }

    public async Task<CertificateInfo> RegenerateAsync(string unit, CancellationToken cancellationToken)
    {
        CliArgument.Word(unit, "unit", Node.ToString());
        var command = CliCommand.Change($"set cert regen {unit}", _timeouts.CertificateChangeTimeout,
            PromptReply.For(@"proceed\s+with\s+regeneration\s*\(\s*yes\s*[|/]\s*no\s*\)\s*\??", "yes"));
        var output = await ChangeAsync(command, cancellationToken);
        if (!SuccessTokens.Regenerated(output, unit))
        {
            throw NoSuccess(command.Text, output, "no success message; the certificate may not have been regenerated.");
        }

        return await GetCertificateAsync(CertificateInfo.OwnStore, unit, unit + ".pem", cancellationToken);
    }

    /// <summary>
    /// <c>set cert delete &lt;unit&gt; &lt;file&gt;</c>, proven rather than inferred from absence: the list read before must
    /// show entries (an empty answer proves nothing, not even that the file is gone), and the list read after must
    /// show the store's other entries with the file gone.
    /// </summary>
    public async Task<bool> DeleteTrustAsync(string store, string file, CancellationToken cancellationToken)
    {
        CliArgument.Word(store, "trust store", Node.ToString());
        CliArgument.Word(file, "file", Node.ToString());
        var before = await ReadTrustListAsync(store, file, "before the delete", cancellationToken);
        if (!Lists(before, store, file))
        {
            return false;
        }

        var command = CliCommand.Change($"set cert delete {CliArgument.TrustUnit(store)} {file}", _timeouts.CertificateChangeTimeout,
            PromptReply.For(@".*delet.*\(\s*yes\s*[|/]\s*no\s*\)\s*[?:]?", "yes"),
            PromptReply.For(@".*delet.*(?:\(\s*y\s*/\s*n\s*\)\s*[?:]?|enter\s+""?y""?\s+followed\s+by\s+return\s+to\s+continue\s*:)", "y"));
        var output = await ChangeAsync(command, cancellationToken);
        if (!SuccessTokens.Deleted(output))
        {
            throw NoSuccess(command.Text, output, "no success message; the certificate may not have been deleted.");
        }

        var after = await ListEntriesAsync(trust: true, cancellationToken);
        if (Lists(after, store, file))
        {
            throw Unverified(command.Text, output, $"{store}/{file} is still listed after the delete.");
        }

        var others = before.Where(e => InStore(e, store) && !Lists([e], store, file)).ToList();
        var missing = others.Count(o => !Lists(after, o.Unit, o.File));
        if (after.Count == 0 || missing > 0)
        {
            throw Unverified(command.Text, output,
                $"the trust list read back after the delete does not show {store}'s other entries ({missing} of {others.Count} missing, {after.Count} entries in all): the delete of {file} is not proven.");
        }

        return true;
    }

    /// <summary>The trust list, which on a real node is never empty: an empty answer is a failed read, not a fact.</summary>
    private async Task<IReadOnlyList<CertificateListEntry>> ReadTrustListAsync(string store, string file, string when, CancellationToken cancellationToken)
    {
        var entries = await ListEntriesAsync(trust: true, cancellationToken);
        return entries.Count > 0 ? entries : throw Unverified("show cert list trust", "",
            $"the trust list read back no entries {when}: whether {store}/{file} is there cannot be told.");
    }

    private static bool InStore(CertificateListEntry entry, string store) => entry.Unit.Equals(store, StringComparison.OrdinalIgnoreCase);

    private static bool Lists(IEnumerable<CertificateListEntry> entries, string store, string file) =>
        entries.Any(e => InStore(e, store) && e.File.Equals(file, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// <c>set cert import trust &lt;unit&gt;</c>: real nodes take the unit (<c>ipsec</c>), not the store
    /// (<c>ipsec-trust</c>), so a store name is turned into its unit before it is sent.
    /// </summary>
    public async Task<CertificateInfo> ImportTrustAsync(string unit, string pem, CancellationToken cancellationToken)
    {
        unit = CliArgument.TrustUnit(CliArgument.Word(unit, "unit", Node.ToString()));
        ArgumentException.ThrowIfNullOrWhiteSpace(pem);
        using var certificate = ParsePem(pem);
        var canonical = PemText.ToPem(certificate.RawData).TrimEnd('\n');
        var command = CliCommand.Change($"set cert import trust {unit}", _timeouts.CertificateChangeTimeout,
            PromptReply.For(@".*paste\s+the\s+certificate\s+and\s+hit\s+enter[\s.:]*", canonical));
        var output = await ChangeAsync(command, cancellationToken);
        if (!SuccessTokens.ImportedCertificate(output, unit))
        {
            throw NoSuccess(command.Text, output, "no success message; the certificate may not have been imported.");
        }

        return await FindImportedAsync(unit, certificate, command.Text, output, cancellationToken);
    }

    /// <summary><c>show itl</c> or <c>show ctl</c> summarised; output that proves neither a file nor its absence fails.</summary>
    public async Task<TrustListSummary> ShowTrustListAsync(bool ctl, CancellationToken cancellationToken)
    {
        var command = ctl ? "show ctl" : "show itl";
        var output = await ReadAsync(command, cancellationToken);
        var summary = TrustListParser.Parse(output);
        return summary.Known ? summary : throw Unverified(command, output, "the output shows neither a trust list file nor that there is none.");
    }

    private async Task<CertificateDetail> ShowCertificateAsync(string store, string unit, string file, CancellationToken cancellationToken)
    {
        CliArgument.Word(unit, "unit", Node.ToString());
        CliArgument.Word(file, "file", Node.ToString());
        var command = ShowCommand(store, unit, file);
        var output = await ReadAsync(command, cancellationToken);
        return CertificateDetailParser.Parse(output, store, unit, file) ?? throw Unverified(command, output, "the certificate could not be read from the output.");
    }

    private static string ShowCommand(string store, string unit, string file) =>
        store == CertificateInfo.OwnStore ? $"show cert own {unit}/{file}" : $"show cert trust {unit}/{file}";

    /// <summary>Only the list lines: whether a trust entry is there is answered without reading any certificate.</summary>
    /// <summary>The trust entry holding the imported certificate (same SHA-256), or a verification failure.</summary>
    private async Task<CertificateInfo> FindImportedAsync(string unit, X509Certificate2 certificate, string command, string output, CancellationToken cancellationToken)
    {
        var store = unit.EndsWith("-trust", StringComparison.OrdinalIgnoreCase) ? unit : unit + "-trust";
        var thumbprint = certificate.GetCertHashString(HashAlgorithmName.SHA256);
        var hint = (certificate.GetNameInfo(X509NameType.SimpleName, false) ?? "").Replace(' ', '_');
        var candidates = (await ListEntriesAsync(trust: true, cancellationToken))
            .Where(e => e.Unit.Equals(store, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(e => hint.Length > 0 && e.File.StartsWith(hint, StringComparison.OrdinalIgnoreCase));
        foreach (var entry in candidates)
        {
            var found = await GetCertificateAsync(entry.Unit, entry.Unit, entry.File, cancellationToken);
            if (found.Sha256Thumbprint.Equals(thumbprint, StringComparison.OrdinalIgnoreCase))
            {
                return found;
            }
        }

        throw Unverified(command, output, $"the imported certificate is not in {store} afterwards.");
    }

    private X509Certificate2 ParsePem(string pem)
    {
        try
        {
            return X509Certificate2.CreateFromPem(pem);
        }
        catch (CryptographicException e)
        {
            throw new ArgumentException($"{Node}: the certificate to import is not a readable PEM: {e.Message}", nameof(pem), e);
        }
    }
}
