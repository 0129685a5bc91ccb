using System.Text.Json;
using CertBot.Teams.Protocol;

namespace CertBot.Teams.Tests.Protocol;

public sealed class CardActionRequestTests
{
    [Fact]
    public void From_ExecuteInvoke_ReadsVerbDataAndTheCardsActivity()
    {
        var activity = Invoke("""
            { "action": { "type": "Action.Execute", "id": "a1", "title": "Approve", "verb": "approve",
                          "data": { "requestId": "r-42", "comment": "ok for tonight", "attempt": 2 } },
              "trigger": "manual" }
            """);

        var request = CardActionRequest.From(activity);

        Assert.NotNull(request);
        Assert.Equal("approve", request.Verb);
        Assert.Equal(CardActionSource.Execute, request.Source);
        Assert.False(request.IsAutomaticRefresh);
        Assert.Equal("card-activity", request.CardActivityId);
        Assert.Equal("r-42", request.Data["requestId"]);
        Assert.Equal("ok for tonight", request.Data["comment"]);
        Assert.Equal("2", request.Data["attempt"]);
    }

    [Fact]
    public void From_AutomaticRefresh_IsMarkedAsSuch()
    {
        var request = CardActionRequest.From(Invoke("""{ "action": { "type": "Action.Execute", "verb": "refresh", "data": {} }, "trigger": "automatic" }"""));

        Assert.True(request!.IsAutomaticRefresh);
    }

    [Fact]
    public void From_SubmitFallbackMessage_ReadsTheVerbFromTheData()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ReplyToId = "card-activity",
            Value = JsonDocument.Parse("""{ "verb": "reject", "requestId": "r-42", "comment": "not in the window" }""").RootElement,
        };

        var request = CardActionRequest.From(activity);

        Assert.Equal("reject", request!.Verb);
        Assert.Equal(CardActionSource.Submit, request.Source);
        Assert.False(request.Data.ContainsKey("verb"));
        Assert.Equal("not in the window", request.Data["comment"]);
    }

    [Theory]
    [InlineData("message", null, null)]
    [InlineData("message", null, """{ "requestId": "r-42" }""")]
    [InlineData("invoke", "composeExtension/query", """{ "action": { "verb": "approve" } }""")]
    [InlineData("invoke", "adaptiveCard/action", """{ "action": { "type": "Action.Execute" } }""")]
    [InlineData("invoke", "adaptiveCard/action", """{ "action": "approve" }""")]
    [InlineData("invoke", "adaptiveCard/action", "[]")]
    public void From_SomethingElse_IsNotACardAction(string type, string? name, string? value)
    {
        var activity = new Activity { Type = type, Name = name, Value = value is null ? null : JsonDocument.Parse(value).RootElement };

        Assert.Null(CardActionRequest.From(activity));
    }

    private static Activity Invoke(string value) => new()
    {
        Type = ActivityTypes.Invoke,
        Name = ActivityTypes.AdaptiveCardActionInvoke,
        ReplyToId = "card-activity",
        Value = JsonDocument.Parse(value).RootElement,
    };
}
