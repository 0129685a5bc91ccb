using System.Security.Cryptography.X509Certificates;
using CertBot.Lab.Pki;
using CertBot.Lab.State;

namespace CertBot.Lab.Node.Bulk;

/// <summary>The file work of bulk export, consolidate and import; each returns null on success or a reason.</summary>
internal sealed class BulkExchange(CommandContext context, SftpTransfer transfer, string remoteDir, string workDir)
{
    private const string Consolidated = "consolidated.p12";

    /// <summary>Writes one PKCS#12 per node of the cluster (its exported identity certificates) and uploads them.</summary>
    public async Task<string?> ExportAsync()
    {
        var names = new List<string>();
        foreach (var peer in context.Snapshot.Peers)
        {
            var entries = await new NodeStore(peer.StateDir).ReadAsync((_, files) => BulkImportMapping.ExportedUnits
                .Where(files.HasOwn)
                .Select(u => new BundleEntry(peer.Fqdn, u, X509Certificate2.CreateFromPem(files.ReadOwnCertificate(u))))
                .ToList(), context.Cancellation);
            var name = peer.Fqdn + ".p12";
            await File.WriteAllBytesAsync(Path.Combine(workDir, name), CertificateBundle.Write(entries), context.Cancellation);
            names.Add(name);
        }

        return await RunAsync([.. names.Select(n => $"put {n}")]);
    }

    /// <summary>Downloads every node file, merges them into <c>consolidated.p12</c> and uploads it.</summary>
    public async Task<string?> ConsolidateAsync()
    {
        var entries = await DownloadAsync(preferConsolidated: false);
        if (entries is null)
        {
            return "Unable to download certificates from the sftp server.";
        }

        if (entries.Count == 0)
        {
            return "No exported certificates found on the sftp server.";
        }

        await File.WriteAllBytesAsync(Path.Combine(workDir, Consolidated), CertificateBundle.Write(entries), context.Cancellation);
        return await RunAsync([$"put {Consolidated}"]);
    }

    /// <summary>Downloads the other clusters' certificates and adds them to this cluster's trust stores.</summary>
    public async Task<string?> ImportAsync()
    {
        var entries = await DownloadAsync(preferConsolidated: true);
        if (entries is null)
        {
            return "Unable to download certificates from the sftp server.";
        }

        var own = context.Snapshot.Peers.Select(p => p.Fqdn).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var foreign = entries.Where(e => !own.Contains(e.Fqdn) && BulkImportMapping.StoresFor(e.Unit).Count > 0).ToList();
        if (foreign.Count == 0)
        {
            return "No certificates of another cluster found on the sftp server.";
        }

        context.Output.ThrowIfDropping();
        foreach (var peer in context.Snapshot.Peers)
        {
            await new NodeStore(peer.StateDir).UpdateAsync((_, files) => Apply(files, foreign), context.Cancellation);
        }

        return null;
    }

    private static bool Apply(CertificateFiles files, List<BundleEntry> entries)
    {
        foreach (var entry in entries)
        {
            foreach (var store in BulkImportMapping.StoresFor(entry.Unit).Where(files.HasTrustStore))
            {
                var file = TrustFileNames.For(entry.Certificate, withSerial: false);
                if (files.HasTrust(store, file) && !X509Certificate2.CreateFromPem(files.ReadTrust(store, file)).RawData.AsSpan().SequenceEqual(entry.Certificate.RawData))
                {
                    file = TrustFileNames.For(entry.Certificate, withSerial: true);
                }

                files.WriteTrust(store, file, entry.Certificate.ExportCertificatePem() + "\n");
            }
        }

        return true;
    }

    private async Task<List<BundleEntry>?> DownloadAsync(bool preferConsolidated)
    {
        if (await RunAsync(["-get *.p12"]) is not null)
        {
            return null;
        }

        var files = Directory.GetFiles(workDir, "*.p12");
        var consolidated = files.FirstOrDefault(f => Path.GetFileName(f) == Consolidated);
        var chosen = preferConsolidated && consolidated is not null ? [consolidated] : files.Where(f => f != consolidated);
        var entries = new Dictionary<string, BundleEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in chosen)
        {
            foreach (var entry in ReadBundle(file, await File.ReadAllBytesAsync(file, context.Cancellation)))
            {
                entries[entry.FriendlyName] = entry;
            }
        }

        return [.. entries.Values];
    }

    private static IReadOnlyList<BundleEntry> ReadBundle(string file, byte[] bytes)
    {
        try
        {
            return CertificateBundle.Read(bytes);
        }
        catch (Exception e) when (e is System.Formats.Asn1.AsnContentException or System.Security.Cryptography.CryptographicException)
        {
            // Someone else's file in the shared directory: the platform fails the command, it does not crash.
            throw new BulkFileException($"{Path.GetFileName(file)} is not a valid PKCS12 certificate file.", e);
        }
    }

    private async Task<string?> RunAsync(string[] commands)
    {
        var (exitCode, errors) = await transfer.RunAsync([$"cd {remoteDir}", .. commands], workDir, context.Cancellation);
        return exitCode == 0 ? null : $"SFTP transfer failed: {errors.Trim().Split('\n').LastOrDefault()}";
    }
}
