using CertBot.Testing;

namespace CertBot.EndToEnd.Tests.Instances;

/// <summary>The lab of four small clusters (<see cref="LabDefinitions.SeveralClusters"/>) for the tests with several hosts, on 127.0.10.</summary>
public sealed class SeveralHostsLab() : LabFixture(new LabFixtureOptions("e2e-several", "127.0.10") { Definition = LabDefinitions.SeveralClusters });
