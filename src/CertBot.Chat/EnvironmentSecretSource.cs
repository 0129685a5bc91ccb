using CertBot.Engine.Execution;

namespace CertBot.Chat;

/// <summary>Secrets from the process environment (the bulk SFTP password), the default when the host names no secret store.</summary>
public sealed class EnvironmentSecretSource : ISecretSource
{
    public string? Find(string name) => Environment.GetEnvironmentVariable(name);
}
