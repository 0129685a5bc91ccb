using CertBot.Cisco.Configuration;
using CertBot.Cisco.Transport;
using CertBot.Engine.Execution;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Cisco.Nodes;

/// <summary>
/// Lists the bulk certificate directory on the configured SFTP server (seed 003 step 4), with the same pinning
/// and login as every other connection. Only the server configured under <c>CertBot:Sftp</c> can be read: its
/// pinned host key is what makes the listing trustworthy, and a plan naming another server has no key to pin.
/// </summary>
public sealed class SftpBulkDirectory(NodeDirectory directory, ISftpClient sftp) : IBulkDirectory
{
    public async Task<IReadOnlyList<string>> ListAsync(BulkSftpSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var endpoint = directory.SftpEndpoint();
        if (endpoint is null || !string.Equals(endpoint.Host, settings.Host, StringComparison.OrdinalIgnoreCase) || endpoint.Port != settings.Port)
        {
            throw new NodeException(NodeFailure.HostKeyMismatch, "sftp", null, null,
                $"The SFTP server {settings.Host}:{settings.Port} is not the one configured under CertBot:Sftp, so its host key cannot be pinned.");
        }

        return await sftp.ListAsync(endpoint, settings.Directory, cancellationToken);
    }
}
