namespace CertBot.Cli.Tests.Support;

/// <summary>One lab for every test of the assembly; the tests run one after another on it.</summary>
[CollectionDefinition(Name)]
public sealed class CliLabGroup : ICollectionFixture<CliLab>
{
    public const string Name = "cli lab";
}
