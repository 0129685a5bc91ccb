using CertBot.Testing;

namespace CertBot.Cisco.Tests.Lab;

/// <summary>The lab these tests run against: its own loopback addresses (127.0.3.x), test profile.</summary>
public sealed class CiscoLab() : LabFixture(new LabFixtureOptions("cisco-tests", "127.0.3"));

/// <summary>
/// All lab tests share one lab and run one after the other. lab-east is only read (except for bulk
/// settings); lab-west/cucm-pub takes the changes and the faults (each test clears its fault);
/// lab-west/cucm-sub1 is reserved for the host key change, which cannot be undone.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedCiscoLab : ICollectionFixture<CiscoLab>
{
    public const string Name = "cisco lab";
}
