using CertBot.Chat.Threads;
using CertBot.Chat.Views;
using CertBot.Chat.Watch;
using CertBot.Slack.Tests.Support;
using CertBot.Slack.Threads;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Slack.Tests.Threads;

/// <summary>The expiry watch's channel on Slack: a post there is a new top-level message (no thread_ts), its own thread.</summary>
public sealed class WatchChannelTests : IAsyncLifetime
{
    private FakeSlackApi slack = null!;
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        slack = await FakeSlackApi.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:ApiBaseUrl"] = slack.BaseUrl.ToString(),
            ["Slack:BotToken"] = "xoxb-test-token",
        }).Build();
        services = new ServiceCollection().AddLogging().AddCertBotSlack(configuration, _ => null).BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await slack.DisposeAsync();
    }

    private IChatThread Thread => services.GetRequiredKeyedService<IChatThread>(SlackThreadReference.Platform);

    [Fact]
    public async Task ChannelOfAThread_PostsTopLevelInThatChannel()
    {
        var thread = new SlackThreadReference("C0OPS", "1700000000.000042", "T1").ToConversation();

        var channel = Thread.ChannelOf(thread);
        await Thread.PostAsync(channel, new TextView("expiry"), default);
        await Thread.PostAsync(thread, new TextView("in the thread"), default);

        Assert.Equal("C0OPS", channel.Key);
        Assert.Equal([("C0OPS", null), ("C0OPS", "1700000000.000042")], slack.Calls.Select(c => (c.Channel, c.ThreadTs)));
    }

    [Fact]
    public async Task ConfiguredChannel_IsAddressedByItsId()
    {
        var channel = Thread.Configured(new WatchChannelOptions { Platform = "slack", Channel = " C0CERTS " })!;

        await Thread.PostAsync(channel, new TextView("expiry"), default);

        Assert.Equal(("C0CERTS", null), (slack.Calls.Single().Channel, slack.Calls.Single().ThreadTs));
        Assert.Null(Thread.Configured(new WatchChannelOptions { Platform = "slack", Channel = "" }));
    }
}
