namespace CertBot.Engine.Model;

/// <summary>
/// The SFTP server a publisher uses for bulk certificate export, consolidate and import
/// (<c>set cert bulk sftp</c>). The password is a secret: it never reaches a plan, journal or chat.
/// </summary>
public sealed record BulkSftpSettings(string Host, int Port, string Username, string Password, string Directory)
{
    /// <summary>Keeps the password out of logs and journals when the record is formatted.</summary>
    public override string ToString() => $"{Username}@{Host}:{Port}{Directory}";
}
