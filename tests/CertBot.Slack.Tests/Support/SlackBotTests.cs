using CertBot.Testing;

namespace CertBot.Slack.Tests.Support;

/// <summary>
/// A test class that talks to CertBot's Slack front on a lab: Slack's Web API (<see cref="FakeSlackApi"/>) and the
/// bot on it (<see cref="SlackBot"/>) are started before each test and stopped after it, the bot first.
/// </summary>
public abstract class SlackBotTests(LabFixture lab) : IAsyncLifetime
{
    protected FakeSlackApi Slack { get; private set; } = null!;

    protected SlackBot Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Slack = await FakeSlackApi.StartAsync();
        Bot = await SlackBot.StartAsync(lab, Slack);
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
