using System.Security.Cryptography;
using CertBot.Cisco.Certificates;
using CertBot.Cisco.Configuration;
using CertBot.Cisco.Transport;
using CertBot.Engine.Execution;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Cisco.Nodes;

/// <summary>
/// Lists and reads the bulk certificate directory on the configured SFTP server (seed 003 step 4: "list it; open
/// the files"), with the same pinning and login as every other connection. Only the server configured under
/// <c>CertBot:Sftp</c> can be read: its pinned host key is what makes the listing trustworthy, and a plan naming
/// another server has no key to pin.
/// </summary>
public sealed class SftpBulkDirectory(NodeDirectory directory, ISftpClient sftp) : IBulkDirectory
{
    public async Task<IReadOnlyList<string>> ListAsync(BulkSftpSettings settings, CancellationToken cancellationToken) =>
        await sftp.ListAsync(Endpoint(settings), settings.Directory, cancellationToken);

    /// <summary>Downloads the directory's <c>.p12</c> files into a private temporary directory and reads every certificate bag.</summary>
    public async Task<IReadOnlyList<BulkCertificate>> ReadCertificatesAsync(BulkSftpSettings settings, CancellationToken cancellationToken)
    {
        var endpoint = Endpoint(settings);
        var local = Directory.CreateTempSubdirectory("certbot-bulk-");
        try
        {
            var names = await sftp.DownloadDirectoryAsync(endpoint, settings.Directory, local.FullName, cancellationToken);
            var password = directory.Options.BulkSftp?.FilePassword;
            var certificates = new List<BulkCertificate>();
            foreach (var name in names.Where(n => n.EndsWith(".p12", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
            {
                certificates.AddRange(Read(Path.Combine(local.FullName, name), password, settings));
            }

            return certificates;
        }
        finally
        {
            local.Delete(recursive: true);
        }
    }

    /// <summary>Each bag's friendly name <c>&lt;fqdn&gt;/&lt;unit&gt;</c> says whose certificate it is and of which unit.</summary>
    private static IEnumerable<BulkCertificate> Read(string path, string? password, BulkSftpSettings settings)
    {
        IReadOnlyList<CertificateInfo> read;
        try
        {
            read = Pkcs12Reader.ReadFile(path, password);
        }
        catch (CryptographicException e)
        {
            throw new NodeException(NodeFailure.VerificationFailed, "sftp", $"get {settings.Directory}/{Path.GetFileName(path)}", null,
                $"{Path.GetFileName(path)} in {settings} cannot be read as a bulk certificate file: {e.Message}", e);
        }

        foreach (var certificate in read)
        {
            var slash = certificate.Unit.LastIndexOf('/');
            yield return slash < 0
                ? new BulkCertificate("", certificate.Unit, certificate)
                : new BulkCertificate(certificate.Unit[..slash], certificate.Unit[(slash + 1)..], certificate);
        }
    }

    private SshEndpoint Endpoint(BulkSftpSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var endpoint = directory.SftpEndpoint();
        if (endpoint is null || !string.Equals(endpoint.Host, settings.Host, StringComparison.OrdinalIgnoreCase) || endpoint.Port != settings.Port)
        {
            throw new NodeException(NodeFailure.HostKeyMismatch, "sftp", null, null,
                $"The SFTP server {settings.Host}:{settings.Port} is not the one configured under CertBot:Sftp, so its host key cannot be pinned.");
        }

        return endpoint;
    }
}
