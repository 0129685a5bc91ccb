using CertBot.Testing;

namespace CertBot.Cli.Tests.Support;

/// <summary>
/// The lab of this assembly: 127.0.4 on port 2224 (CertBot.Lab.Tests starts short-lived labs of its own on
/// 127.0.4 port 2222, so the port keeps the two apart when the assemblies run in parallel).
/// </summary>
public sealed class CliLab() : LabFixture(new LabFixtureOptions("cli-tests", "127.0.4", 2224));
