namespace CertBot.Cisco.Configuration;

/// <summary>The configuration cannot be used; <see cref="Problems"/> says what to fix, one line each.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(IReadOnlyList<string> problems)
        : base("The configuration has problems:\n  - " + string.Join("\n  - ", problems ?? []))
    {
        Problems = problems ?? [];
    }

    public ConfigurationException()
    {
        Problems = [];
    }

    public ConfigurationException(string message) : base(message)
    {
        Problems = [message];
    }

    public ConfigurationException(string message, Exception innerException) : base(message, innerException)
    {
        Problems = [message];
    }

    public IReadOnlyList<string> Problems { get; }
}
