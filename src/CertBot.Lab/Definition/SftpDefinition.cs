namespace CertBot.Lab.Definition;

/// <summary>The SFTP server of the lab (its password is chosen per <c>up</c>).</summary>
public sealed class SftpDefinition
{
    public int Octet { get; init; } = 10;

    public string Username { get; init; } = "sftpuser";

    /// <summary>Directory as the SFTP client sees it (chrooted).</summary>
    public string Directory { get; init; } = "/drop";
}
