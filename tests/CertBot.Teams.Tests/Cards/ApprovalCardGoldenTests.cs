using System.Text.Json.Nodes;
using CertBot.Teams.Cards;

namespace CertBot.Teams.Tests.Cards;

/// <summary>The approval card of chat-protocols.md §5.1, built from the model, must be that JSON.</summary>
public sealed class ApprovalCardGoldenTests
{
    // §5.1's card; the refresh action carries a title because the model gives every button one.
    private const string Golden = """
    {
      "type": "AdaptiveCard", "$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "version": "1.5",
      "body": [
        { "type": "TextBlock", "text": "Regenerate tomcat on cm1?", "wrap": true, "weight": "Bolder" },
        { "type": "FactSet", "facts": [ { "title": "Requested by", "value": "Alex" },
                                        { "title": "Nodes", "value": "cm1, cm2" } ] }
      ],
      "actions": [
        { "type": "Action.Execute", "title": "Approve", "verb": "approve", "data": { "requestId": "r-42" },
          "fallback": { "type": "Action.Submit", "title": "Approve", "data": { "requestId": "r-42", "verb": "approve" } } },
        { "type": "Action.Execute", "title": "Reject", "verb": "reject", "data": { "requestId": "r-42" },
          "fallback": { "type": "Action.Submit", "title": "Reject", "data": { "requestId": "r-42", "verb": "reject" } } }
      ],
      "refresh": {
        "action": { "type": "Action.Execute", "title": "Refresh", "verb": "refresh", "data": { "requestId": "r-42" } },
        "userIds": [ "29:approver-mri-1", "29:approver-mri-2" ]
      }
    }
    """;

    [Fact]
    public void ApprovalCard_SerialisesToTheReferenceJson()
    {
        var data = new Dictionary<string, string> { ["requestId"] = "r-42" };
        var card = new AdaptiveCard
        {
            Body =
            [
                new TextBlock("Regenerate tomcat on cm1?") { Weight = TextWeight.Bolder },
                new FactSet([new Fact("Requested by", "Alex"), new Fact("Nodes", "cm1, cm2")]),
            ],
            Actions = [CardActions.Execute("Approve", "approve", data), CardActions.Execute("Reject", "reject", data)],
            Refresh = new CardRefresh(new ExecuteAction("Refresh", "refresh") { Data = data }, ["29:approver-mri-1", "29:approver-mri-2"]),
        };

        var actual = CardJson.ToNode(card);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Golden), actual), actual.ToJsonString());
    }

    [Fact]
    public void Card_StartsWithTypeSchemaAndVersion()
    {
        var json = CardJson.Serialize(new AdaptiveCard());

        Assert.Equal("""{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5","body":[]}""", json);
    }
}
