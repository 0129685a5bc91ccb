using CertBot.Engine.Execution;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Engine.Tests.Fakes;

/// <summary>The SFTP directory the fake publishers export into.</summary>
public sealed class FakeBulkDirectory(FakePort port) : IBulkDirectory
{
    public Task<IReadOnlyList<string>> ListAsync(BulkSftpSettings settings, CancellationToken cancellationToken) =>
        port.SftpUnreachable
            ? throw new NodeException(NodeFailure.Unreachable, "sftp", $"ls {settings.Directory}", null, $"sftp: {settings.Host}:{settings.Port} refused the connection")
            : Task.FromResult<IReadOnlyList<string>>(port.SftpFiles.Where(f => !port.LostFiles.Contains(f)).ToList());

    public Task<IReadOnlyList<BulkCertificate>> ReadCertificatesAsync(BulkSftpSettings settings, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<BulkCertificate>>(port.Exported().ToList());
}
