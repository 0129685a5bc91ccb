using CertBot.Engine.Model;

namespace CertBot.Engine.Execution;

/// <summary>
/// Reads the bulk SFTP directory (seed 003 step 4: "list it"). Implemented by the platform adapter's SFTP
/// client; read-only.
/// </summary>
public interface IBulkDirectory
{
    /// <summary>The file names in <see cref="BulkSftpSettings.Directory"/>.</summary>
    Task<IReadOnlyList<string>> ListAsync(BulkSftpSettings settings, CancellationToken cancellationToken);
}
