namespace CertBot.Lab.Node.Bulk;

/// <summary>A file in the bulk SFTP directory that is not a certificate bundle; the command fails with its message.</summary>
internal sealed class BulkFileException(string message, Exception inner) : Exception(message, inner);
