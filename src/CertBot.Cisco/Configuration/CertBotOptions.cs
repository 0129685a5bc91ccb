namespace CertBot.Cisco.Configuration;

/// <summary>The <c>CertBot</c> configuration section as far as talking to nodes is concerned.</summary>
public sealed class CertBotOptions
{
    public const string Section = "CertBot";

    public IList<ClusterOptions> Clusters { get; } = [];

    public SftpOptions? Sftp { get; set; }

    public SshOptions Ssh { get; set; } = new();
}
