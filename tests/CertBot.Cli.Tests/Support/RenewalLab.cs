using CertBot.Testing;

namespace CertBot.Cli.Tests.Support;

/// <summary>
/// A lab of its own for the renewals (a multi-server tomcat leaves every node's certificate CA-signed): the
/// assembly's lab must keep its self-signed certificates for the regeneration tests. 127.0.4 on port 2226, under
/// the same lock as the assembly's lab.
/// </summary>
public sealed class RenewalLab() : LabFixture(new LabFixtureOptions("cli-renew", "127.0.4", 2226));
