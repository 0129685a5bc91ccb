using CertBot.Testing;

namespace CertBot.Cli.Tests.Support;

/// <summary>
/// A lab of its own for the tests of runs, stores and state (crash recovery, restore, secrets, health, the CLI's
/// state directory, expiring): they run beside the procedure tests instead of after them, which keeps the
/// assembly's wall time near its longest collection. 127.0.4 on port 2228, under the same lock as the other labs.
/// </summary>
public sealed class RunsLab() : LabFixture(new LabFixtureOptions("cli-runs", "127.0.4", 2228));
