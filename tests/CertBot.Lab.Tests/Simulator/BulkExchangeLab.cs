using CertBot.Testing;

namespace CertBot.Lab.Tests.Simulator;

/// <summary>A lab of its own (127.0.8.x) for the bulk exchange cycle, which changes trust stores on both clusters.</summary>
public sealed class BulkExchangeLab() : LabFixture(new LabFixtureOptions("simulator-bulk", "127.0.8", 2223));
