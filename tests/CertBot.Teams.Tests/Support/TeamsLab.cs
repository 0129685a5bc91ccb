using CertBot.Testing;

namespace CertBot.Teams.Tests.Support;

/// <summary>
/// The lab of the endpoint tests: its own loopback addresses (127.0.12.x). Read for planning; one run changes it: the
/// renewal of imp-sub2's CA-signed cup-xmpp (CA-signed before and after, so other plans keep their shape).
/// </summary>
public sealed class TeamsLab() : LabFixture(new LabFixtureOptions("teams-tests", "127.0.12"));

[CollectionDefinition(Name)]
public sealed class SharedTeamsLab : ICollectionFixture<TeamsLab>
{
    public const string Name = "teams lab";
}
