using CertBot.Testing;

namespace CertBot.Lab.Tests.EndToEnd;

/// <summary>The lab shared by the end-to-end tests of this assembly, on 127.0.5.x.</summary>
public sealed class LabTestsLab() : LabFixture(new LabFixtureOptions("lab-tests", "127.0.5"));
