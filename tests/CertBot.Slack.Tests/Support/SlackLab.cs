using CertBot.Testing;

namespace CertBot.Slack.Tests.Support;

/// <summary>The lab of this assembly, on its own loopback addresses.</summary>
public sealed class SlackLab() : LabFixture(new LabFixtureOptions("slack-tests", "127.0.9"));
