using CertBot.Testing;

namespace CertBot.EndToEnd.Tests.Playground;

/// <summary>The end-to-end tests' lab on their own loopback addresses (127.0.17; the several-clusters lab is on 127.0.10, other assemblies use 127.0.3–127.0.9, 127.0.12 and 127.0.14).</summary>
public sealed class EndToEndLab() : LabFixture(new LabFixtureOptions("e2e", "127.0.17"));

[CollectionDefinition(Name)]
public sealed class EndToEndLabGroup : ICollectionFixture<EndToEndLab>
{
    public const string Name = "end-to-end lab";
}
