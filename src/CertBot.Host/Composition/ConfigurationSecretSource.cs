using CertBot.Engine.Execution;

namespace CertBot.Host.Composition;

/// <summary>
/// Resolves a secret by name when a step needs it: an environment variable of that name, else (for a lab,
/// whose 0600 file holds its SFTP password) the configuration key of that name.
/// </summary>
public sealed class ConfigurationSecretSource(IConfiguration configuration, Func<string, string?> environment) : ISecretSource
{
    public string? Find(string name) => environment(name) is { Length: > 0 } value ? value : configuration[name];
}
