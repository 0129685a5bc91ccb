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

    /// <summary>
    /// Every certificate the directory's PKCS12 files hold (seed 003 step 4: "open the files"), read from the
    /// files themselves. A file that is not a readable PKCS12 file is a <see cref="Nodes.NodeException"/> naming it.
    /// </summary>
    Task<IReadOnlyList<BulkCertificate>> ReadCertificatesAsync(BulkSftpSettings settings, CancellationToken cancellationToken);
}
