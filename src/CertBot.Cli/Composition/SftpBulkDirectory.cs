using CertBot.Cisco.Configuration;
using CertBot.Cisco.Transport;
using CertBot.Engine.Execution;
using CertBot.Engine.Model;

namespace CertBot.Cli.Composition;

/// <summary>
/// Lists the bulk SFTP directory (seed 003 step 4) with the adapter's SFTP client: the same pinned host key
/// as <c>CertBot:Sftp</c>, the password from the step's settings (already resolved from the secret source).
/// </summary>
public sealed class SftpBulkDirectory(NodeDirectory nodes, ISftpClient sftp) : IBulkDirectory
{
    public Task<IReadOnlyList<string>> ListAsync(BulkSftpSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var configured = nodes.Options.Sftp ?? throw new ConfigurationException("CertBot:Sftp is not configured: the bulk directory cannot be listed");
        var endpoint = new SshEndpoint("sftp", settings.Host, settings.Port, settings.Username, settings.Password,
            configured.HostKeySha256 ?? throw new ConfigurationException("CertBot:Sftp has no HostKeySha256: run certbot trust-host on the SFTP server"),
            configured.AllowLegacyHostKeyAlgorithms);
        return sftp.ListAsync(endpoint, settings.Directory, cancellationToken);
    }
}
