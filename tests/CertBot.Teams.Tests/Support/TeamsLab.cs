using CertBot.Testing;

namespace CertBot.Teams.Tests.Support;

/// <summary>The lab of the endpoint tests: its own loopback addresses (127.0.12.x). Only read: planning, never a run.</summary>
public sealed class TeamsLab() : LabFixture(new LabFixtureOptions("teams-tests", "127.0.12"));

[CollectionDefinition(Name)]
public sealed class SharedTeamsLab : ICollectionFixture<TeamsLab>
{
    public const string Name = "teams lab";
}
