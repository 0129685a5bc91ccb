namespace CertBot.Lab.Tests.EndToEnd;

/// <summary>
/// One lab for every end-to-end test class (started once). Tests that change a node use a node no other
/// test reads: lab-east/cucm-sub1 (regeneration, restarts), lab-east/imp-sub1 (command faults),
/// lab-east/imp-sub2 (unreachable), lab-west/cucm-pub (bulk export), lab-west/cucm-sub1 (host key).
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedLab : ICollectionFixture<LabTestsLab>
{
    public const string Name = "lab";
}
