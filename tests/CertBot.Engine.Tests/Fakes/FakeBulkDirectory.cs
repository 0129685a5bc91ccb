using CertBot.Engine.Execution;
using CertBot.Engine.Model;

namespace CertBot.Engine.Tests.Fakes;

/// <summary>The SFTP directory the fake publishers export into.</summary>
public sealed class FakeBulkDirectory(FakePort port) : IBulkDirectory
{
    public Task<IReadOnlyList<string>> ListAsync(BulkSftpSettings settings, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(port.SftpFiles.Where(f => !port.LostFiles.Contains(f)).ToList());
}
