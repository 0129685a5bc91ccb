using CertBot.Teams.Protocol;

namespace CertBot.Teams.Tests.Protocol;

public sealed class ThreadRoutingTests
{
    [Theory]
    [InlineData("19:ops@thread.tacv2;messageid=100", "channel", "200", "19:ops@thread.tacv2;messageid=100")]
    [InlineData("19:ops@thread.tacv2", "channel", "200", "19:ops@thread.tacv2;messageid=200")]
    [InlineData("a:1personal", "personal", "200", "a:1personal")]
    [InlineData("19:chat@thread.v2", "groupChat", "200", "19:chat@thread.v2")]
    [InlineData("team-id;messageid=1712", "channel", "1713", "team-id;messageid=1712")]
    public void ThreadConversationId_RepliesLandInTheOriginatingThread(string conversationId, string type, string activityId, string expected)
    {
        var inbound = new Activity { Id = activityId, Conversation = new ConversationAccount(conversationId, type) };

        Assert.Equal(expected, ThreadRouting.ThreadConversationId(inbound));
    }

    [Fact]
    public void ToThread_ReplacesAnExistingThreadSuffix()
    {
        Assert.Equal("19:ops@thread.tacv2;messageid=9", ThreadRouting.ToThread("19:ops@thread.tacv2;messageid=1", "9"));
    }

    [Fact]
    public void Reference_AddressesRepliesFromTheBotToTheUserAsAReply()
    {
        var inbound = new Activity
        {
            Type = "message",
            Id = "200",
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            ChannelId = "msteams",
            From = new ChannelAccount("29:rita", "Rita", "aad-rita"),
            Recipient = new ChannelAccount("28:bot", "CertBot"),
            Conversation = new ConversationAccount("19:ops@thread.tacv2", "channel"),
            ChannelData = new TeamsChannelData { Tenant = new TeamsEntityRef("tenant-1") },
        };

        var reply = ConversationReference.FromActivity(inbound).Address(Activity.TextMessage("Plan for tomcat on lab-east"));

        Assert.Equal("28:bot", reply.From!.Id);
        Assert.Equal("29:rita", reply.Recipient!.Id);
        Assert.Equal("19:ops@thread.tacv2;messageid=200", reply.Conversation!.Id);
        Assert.Equal("tenant-1", reply.Conversation.TenantId);
        Assert.Equal("200", reply.ReplyToId);
        Assert.Equal("https://smba.trafficmanager.net/emea/", reply.ServiceUrl);
    }
}
