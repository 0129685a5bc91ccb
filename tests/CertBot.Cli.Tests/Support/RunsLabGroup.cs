namespace CertBot.Cli.Tests.Support;

/// <summary>The tests on <see cref="RunsLab"/>, one after another.</summary>
[CollectionDefinition(Name)]
public sealed class RunsLabGroup : ICollectionFixture<RunsLab>
{
    public const string Name = "cli runs lab";
}
