using CertBot.Engine.Execution;

namespace CertBot.Benchmarks;

/// <summary>The approval benchmark's runs need no secret (no bulk exchange).</summary>
internal sealed class NoSecrets : ISecretSource
{
    public string? Find(string name) => null;
}
