using Microsoft.Extensions.Configuration;

namespace CertBot.Engine.Execution;

/// <summary>
/// CertBot's one secret source: the environment variable of that name, else (for a lab, whose 0600 file holds
/// its node and SFTP passwords) the configuration key of that name. Node passwords, the bulk SFTP password and
/// the PostgreSQL connection string are all resolved here, at the moment they are needed.
/// </summary>
public sealed class ConfigurationSecretSource(IConfiguration configuration, Func<string, string?> environment) : ISecretSource
{
    public string? Find(string name) => environment(name) is { Length: > 0 } value ? value : configuration[name];
}
