using System.Text.Json;
using CertBot.Chat.Threads;
using CertBot.Chat.Watch;
using CertBot.Teams.Protocol;
using CertBot.Teams.Protocol.Authentication;
using CertBot.Teams.Protocol.Connector;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CertBot.Teams.Tests.Protocol;

/// <summary>The expiry watch's channel on Teams: the thread's channel without <c>;messageid=</c>, so a post there is a new top-level message.</summary>
public sealed class WatchChannelTests
{
    private static readonly TeamsChatThread Thread = new(
        new ConnectorClient(new HttpClient(), new AnonymousTokenSource(), NullLogger<ConnectorClient>.Instance),
        Options.Create(new BotAuthenticationOptions { AppId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301" }));

    private static ConversationReference Read(ChatConversation conversation) => TeamsChatThread.Read(conversation);

    [Fact]
    public void ChannelOf_AChannelThread_IsTheChannel_WithNoActivityToReplyTo()
    {
        var thread = Conversation("19:ops@thread.tacv2;messageid=1700000000042", "channel", "1700000000077");

        var channel = Thread.ChannelOf(thread);

        Assert.Equal("19:ops@thread.tacv2", channel.Key);
        Assert.Equal("19:ops@thread.tacv2", Read(channel).ConversationId);
        Assert.Null(Read(channel).ActivityId);
        Assert.Null(Read(channel).User);
        Assert.Equal(Read(thread).ServiceUrl, Read(channel).ServiceUrl);
        Assert.Equal(Read(thread).Bot, Read(channel).Bot);
    }

    [Fact]
    public void ChannelOf_APersonalChat_IsThatChat() =>
        Assert.Equal(Conversation("a:1personal", "personal", "9"), Thread.ChannelOf(Conversation("a:1personal", "personal", "9")));

    [Fact]
    public void Configured_NeedsTheServiceUrl_AndSpeaksAsTheBot()
    {
        var channel = Thread.Configured(new WatchChannelOptions { Platform = "teams", Channel = "19:certs@thread.tacv2", ServiceUrl = "https://smba.trafficmanager.net/emea/", TenantId = "t1" })!;

        Assert.Equal("19:certs@thread.tacv2", Read(channel).ConversationId);
        Assert.Equal("28:3f2504e0-4f89-11d3-9a0c-0305e82c3301", Read(channel).Bot.Id);
        Assert.Equal("t1", Read(channel).TenantId);
        Assert.Null(Thread.Configured(new WatchChannelOptions { Platform = "teams", Channel = "19:certs@thread.tacv2" }));
    }

    private static ChatConversation Conversation(string id, string type, string activity)
    {
        var reference = new ConversationReference(new Uri("https://smba.trafficmanager.net/emea/"), "msteams", id, type, "t1",
            new ChannelAccount("28:bot", "CertBot"), new ChannelAccount("29:rita", "Rita", "aad-rita"), activity);
        return new ChatConversation(TeamsChatThread.Platform, id, JsonSerializer.Serialize(reference, ConnectorJson.Options));
    }
}
