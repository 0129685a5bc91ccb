namespace CertBot.Lab.Definition;

/// <summary>The lab's own certificate authority.</summary>
public sealed class CertificateAuthorityDefinition
{
    public string CommonName { get; init; } = "Lab Root CA";
}
