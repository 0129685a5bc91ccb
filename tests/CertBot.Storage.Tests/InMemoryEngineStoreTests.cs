using CertBot.Engine.Storage;

namespace CertBot.Storage.Tests;

/// <summary>The engine's in-memory store keeps the same contract, so engine tests over it mean something.</summary>
public sealed class InMemoryEngineStoreTests : EngineStoreContract
{
    protected override Task<IEngineStore> CreateStoreAsync() => Task.FromResult<IEngineStore>(new InMemoryEngineStore());
}
