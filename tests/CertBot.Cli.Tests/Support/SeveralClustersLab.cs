using CertBot.Testing;

namespace CertBot.Cli.Tests.Support;

/// <summary>
/// The lab of the tests with several instances: four small clusters (<see cref="LabDefinitions.SeveralClusters"/>)
/// on 127.0.7, port 2225, beside the assembly's own lab and under the same lock.
/// </summary>
public sealed class SeveralClustersLab() : LabFixture(new LabFixtureOptions("cli-several", "127.0.7", 2225) { Definition = LabDefinitions.SeveralClusters });
