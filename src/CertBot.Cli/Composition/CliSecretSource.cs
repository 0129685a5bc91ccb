using CertBot.Engine.Execution;
using Microsoft.Extensions.Configuration;

namespace CertBot.Cli.Composition;

/// <summary>
/// A named secret from the environment variable of that name, else from the configuration key of that name
/// (a lab writes its SFTP password into its own 0600 file; production names a variable).
/// </summary>
public sealed class CliSecretSource(IConfiguration configuration, Func<string, string?> environment) : ISecretSource
{
    public string? Find(string name) => environment(name) is { Length: > 0 } value ? value : configuration[name];
}
