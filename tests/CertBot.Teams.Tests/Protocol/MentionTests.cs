using System.Text.Json;
using System.Text.Json.Nodes;
using CertBot.Teams.Protocol;

namespace CertBot.Teams.Tests.Protocol;

public sealed class MentionTests
{
    [Fact]
    public void Of_User_GivesTheFragmentAndAMatchingEntity()
    {
        var mention = Mention.Of(new ChannelAccount("29:alan", "Alan Approver", "aad-alan"));
        var message = Activity.TextMessage($"{mention.Text}, run r-42 waits for your approval.") with { Entities = [mention.Entity] };

        var json = JsonSerializer.SerializeToNode(message, ConnectorJson.Options)!;

        Assert.Equal("<at>Alan Approver</at>, run r-42 waits for your approval.", (string)json["text"]!);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""[{"type":"mention","text":"<at>Alan Approver</at>","mentioned":{"id":"29:alan","name":"Alan Approver"}}]"""),
            json["entities"]));
    }
}
