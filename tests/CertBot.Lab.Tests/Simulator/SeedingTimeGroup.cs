namespace CertBot.Lab.Tests.Simulator;

/// <summary>Runs the seeding timing alone, after the parallel tests, so other tests' CPU use does not skew it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SeedingTimeGroup
{
    public const string Name = "Seeding time";
}
