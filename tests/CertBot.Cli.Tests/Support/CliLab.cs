using CertBot.Testing;

namespace CertBot.Cli.Tests.Support;

/// <summary>
/// The lab of this assembly: 127.0.4, on port 2224 so that no other lab on these addresses (an earlier
/// arrangement gave 127.0.4 to the lab's own lifecycle tests) can ever take the same sockets.
/// </summary>
public sealed class CliLab() : LabFixture(new LabFixtureOptions("cli-tests", "127.0.4", 2224));
