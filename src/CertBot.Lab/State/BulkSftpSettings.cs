namespace CertBot.Lab.State;

/// <summary>What <c>set cert bulk sftp</c> stored. The file holding it is readable by its owner only.</summary>
public sealed class BulkSftpSettings
{
    public string Host { get; set; } = "";

    public int Port { get; set; } = 22;

    public string User { get; set; } = "";

    public string Password { get; set; } = "";

    public string Directory { get; set; } = "";
}
