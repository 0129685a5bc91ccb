namespace CertBot.Lab.Definition;

/// <summary>An expired certificate planted in one trust store of one node.</summary>
public sealed class ExpiredTrustDefinition
{
    public string Node { get; init; } = "";

    /// <summary>Trust store, e.g. <c>tomcat-trust</c>.</summary>
    public string Store { get; init; } = "";

    public string CommonName { get; init; } = "";
}
