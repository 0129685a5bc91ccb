namespace CertBot.Slack.Tests.Support;

[CollectionDefinition(Name)]
public sealed class SlackLabGroup : ICollectionFixture<SlackLab>
{
    public const string Name = "slack lab";
}
