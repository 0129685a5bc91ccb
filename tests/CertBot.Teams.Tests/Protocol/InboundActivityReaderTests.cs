using System.Text;
using CertBot.Teams.Protocol;

namespace CertBot.Teams.Tests.Protocol;

public sealed class InboundActivityReaderTests
{
    // The shape of chat-protocols.md §1.1.
    private const string ChannelMessage = """
    {
      "type": "message", "id": "1712345678901", "timestamp": "2026-01-01T10:00:00.000Z",
      "serviceUrl": "https://smba.trafficmanager.net/emea/", "channelId": "msteams",
      "from": { "id": "29:1abc", "name": "Alex", "aadObjectId": "6f1c" },
      "recipient": { "id": "28:bot-app-id", "name": "CertBot" },
      "conversation": { "id": "19:ops@thread.tacv2;messageid=1712345000000", "conversationType": "channel", "tenantId": "tenant-1", "isGroup": true },
      "channelData": { "tenant": { "id": "tenant-1" }, "team": { "id": "19:team@thread.tacv2" }, "channel": { "id": "19:ops@thread.tacv2" } },
      "text": "<at>CertBot</at> regen tomcat cm1",
      "entities": [ { "type": "mention", "text": "<at>CertBot</at>", "mentioned": { "id": "28:bot-app-id", "name": "CertBot" } },
                    { "type": "clientInfo", "locale": "en-US", "platform": "Web" } ],
      "replyToId": "1712345000000"
    }
    """;

    [Fact]
    public async Task Read_TeamsChannelMessage_KeepsTheFieldsCertBotUses()
    {
        var result = await Read(ChannelMessage);

        Assert.True(result.Accepted, result.Detail);
        var activity = result.Activity;
        Assert.Equal("message", activity.Type);
        Assert.Equal("6f1c", activity.From!.AadObjectId);
        Assert.Equal("channel", activity.Conversation!.ConversationType);
        Assert.Equal("tenant-1", activity.ChannelData!.Tenant!.Id);
        Assert.Equal("19:ops@thread.tacv2", activity.ChannelData.Channel!.Id);
        Assert.Equal(2, activity.Entities!.Count);
        Assert.Equal("28:bot-app-id", activity.Entities[0].Mentioned!.Id);
        Assert.Equal("regen tomcat cm1", MentionText.Strip(activity));
    }

    [Theory]
    [InlineData("{", ActivityRejection.Malformed)]
    [InlineData("[1,2,3]", ActivityRejection.Malformed)]
    [InlineData("null", ActivityRejection.Malformed)]
    [InlineData("""{"type": 42}""", ActivityRejection.Malformed)]
    [InlineData("""{"text":"hello"}""", ActivityRejection.MissingType)]
    [InlineData("""{"type":"  "}""", ActivityRejection.MissingType)]
    [InlineData("""{"type":"message","channelId":"msteams","from":{"id":"29:a"},"recipient":{"id":"28:b"},"conversation":{"id":"c"}}""", ActivityRejection.MissingField)]
    [InlineData("""{"type":"message","serviceUrl":"ftp://x/","channelId":"msteams","from":{"id":"29:a"},"recipient":{"id":"28:b"},"conversation":{"id":"c"}}""", ActivityRejection.MissingField)]
    [InlineData("""{"type":"message","serviceUrl":"https://x/","channelId":"msteams","recipient":{"id":"28:b"},"conversation":{"id":"c"}}""", ActivityRejection.MissingField)]
    [InlineData("""{"type":"invoke","serviceUrl":"https://x/","channelId":"msteams","from":{"id":"29:a"},"recipient":{"id":"28:b"},"conversation":{"id":"c"}}""", ActivityRejection.MissingField)]
    public async Task Read_BodyCertBotCannotActOn_IsRejected(string body, ActivityRejection expected)
    {
        var result = await Read(body);

        Assert.False(result.Accepted);
        Assert.Equal(expected, result.Rejection);
    }

    [Fact]
    public async Task Read_MissingFields_AreAllNamed()
    {
        var result = await Read("""{"type":"message"}""");

        Assert.Equal("A message activity needs serviceUrl (an absolute http(s) URL), channelId, conversation.id, from.id, recipient.id.", result.Detail);
    }

    [Fact]
    public async Task Read_UnhandledType_IsAcceptedWithoutFurtherChecks()
    {
        var result = await Read("""{"type":"typing"}""");

        Assert.True(result.Accepted);
    }

    [Fact]
    public async Task Read_BodyOverTheLimit_IsRejectedWithoutParsing()
    {
        var padding = new string(' ', 2000);
        var result = await InboundActivityReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(ChannelMessage + padding)), 1024, default);

        Assert.Equal(ActivityRejection.TooLarge, result.Rejection);
    }

    [Fact]
    public async Task Read_DeeplyNestedValue_IsRejected()
    {
        var nested = string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100);

        var result = await Read($$"""{"type":"message","value":{{nested}}}""");

        Assert.Equal(ActivityRejection.Malformed, result.Rejection);
    }

    private static Task<ActivityReadResult> Read(string body) =>
        InboundActivityReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(body)), InboundActivityReader.DefaultMaxBytes, default);
}
