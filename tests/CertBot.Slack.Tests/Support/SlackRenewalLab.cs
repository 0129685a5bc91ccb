using CertBot.Testing;

namespace CertBot.Slack.Tests.Support;

/// <summary>
/// A lab of its own for the multi-server tomcat renewal, which leaves every lab-east tomcat CA-signed: the assembly's
/// lab keeps its self-signed tomcats for the regeneration tests. Its own loopback addresses (127.0.11.x).
/// </summary>
public sealed class SlackRenewalLab() : LabFixture(new LabFixtureOptions("slack-renew", "127.0.11"));

[CollectionDefinition(Name)]
public sealed class SlackRenewalLabGroup : ICollectionFixture<SlackRenewalLab>
{
    public const string Name = "slack renewal lab";
}
