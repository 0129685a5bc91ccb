using CertBot.Testing;

namespace CertBot.Teams.Tests.Support;

/// <summary>
/// A lab of its own for the multi-server tomcat renewal, which leaves every lab-east tomcat CA-signed: the assembly's
/// lab keeps its self-signed tomcats for the plans the other tests read. Its own loopback addresses (127.0.13.x).
/// </summary>
public sealed class TeamsRenewalLab() : LabFixture(new LabFixtureOptions("teams-renew", "127.0.13"));

[CollectionDefinition(Name)]
public sealed class TeamsRenewalLabGroup : ICollectionFixture<TeamsRenewalLab>
{
    public const string Name = "teams renewal lab";
}
