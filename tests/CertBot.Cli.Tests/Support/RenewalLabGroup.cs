namespace CertBot.Cli.Tests.Support;

/// <summary>The tests on <see cref="RenewalLab"/>, one after another.</summary>
[CollectionDefinition(Name)]
public sealed class RenewalLabGroup : ICollectionFixture<RenewalLab>
{
    public const string Name = "cli renewal lab";
}
