namespace CertBot.Cisco.Configuration;

/// <summary><c>CertBot:Sftp</c>: the SFTP server for bulk certificate exchange.</summary>
public sealed class SftpOptions
{
    public string Host { get; set; } = "";

    public int Port { get; set; } = 22;

    public string Username { get; set; } = "";

    /// <summary>Only for labs: production passwords come from <see cref="PasswordEnvironmentVariable"/>.</summary>
    public string? Password { get; set; }

    public string? PasswordEnvironmentVariable { get; set; }

    public string Directory { get; set; } = "/";

    public string? HostKeySha256 { get; set; }

    public bool AllowLegacyHostKeyAlgorithms { get; set; }
}
