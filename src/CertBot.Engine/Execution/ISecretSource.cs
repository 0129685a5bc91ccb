namespace CertBot.Engine.Execution;

/// <summary>Resolves a named secret (environment variable, secret store) at the moment a step needs it.</summary>
public interface ISecretSource
{
    /// <summary>The secret's value, or null when it is not set.</summary>
    string? Find(string name);
}
