using CertBot.Engine.Configuration;
using CertBot.Engine.Model;

namespace CertBot.Engine.Execution;

/// <summary>
/// The bulk SFTP directory with the settings to reach it (address from <c>CertBot:Sftp</c>, password from the
/// secret source): what planning needs to list the directory before anything is exported (seed 003 step 1).
/// </summary>
public sealed class BulkSftpAccess(EngineOptions options, ISecretSource secrets, IBulkDirectory directory)
{
    public IBulkDirectory Directory { get; } = directory;

    /// <summary>The settings with the password, or null and why not (not configured, the secret not set).</summary>
    public (BulkSftpSettings? Settings, string? Problem) Resolve() => Resolve(options, secrets);

    /// <inheritdoc cref="Resolve()"/>
    public static (BulkSftpSettings? Settings, string? Problem) Resolve(EngineOptions options, ISecretSource secrets)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(secrets);
        if (options.BulkSftp is not { } sftp)
        {
            return (null, "no bulk SFTP server is configured (CertBot:Sftp)");
        }

        return secrets.Find(sftp.PasswordSecret) is { } password
            ? (new BulkSftpSettings(sftp.Host, sftp.Port, sftp.Username, password, sftp.Directory), null)
            : (null, $"the secret {sftp.PasswordSecret} (bulk SFTP password) is not set");
    }
}
