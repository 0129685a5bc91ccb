using System.Text.Json;
using System.Text.Json.Nodes;
using CertBot.Teams.Cards;
using CertBot.Teams.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Teams.Tests.Protocol;

/// <summary>The three invoke response bodies of chat-protocols.md §1.5.</summary>
public sealed class AdaptiveCardInvokeResponseTests
{
    [Fact]
    public void Card_IsWrittenWithTheCardContentType()
    {
        var json = Write(AdaptiveCardInvokeResponse.Card(new AdaptiveCard()));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""
            { "statusCode": 200, "type": "application/vnd.microsoft.card.adaptive",
              "value": { "type": "AdaptiveCard", "$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "version": "1.5", "body": [] } }
            """), json), json.ToJsonString());
    }

    [Fact]
    public void Message_IsWrittenAsText()
    {
        var json = Write(AdaptiveCardInvokeResponse.Message("Request approved."));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""
            { "statusCode": 200, "type": "application/vnd.microsoft.activity.message", "value": "Request approved." }
            """), json), json.ToJsonString());
    }

    [Fact]
    public void Error_CarriesCodeAndMessage()
    {
        var json = Write(AdaptiveCardInvokeResponse.Error(400, "BadRequest", "Unknown verb 'frob'."));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""
            { "statusCode": 400, "type": "application/vnd.microsoft.error", "value": { "code": "BadRequest", "message": "Unknown verb 'frob'." } }
            """), json), json.ToJsonString());
    }

    [Fact]
    public async Task HttpResult_Is200WithTheBodyEvenForAnError()
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        context.Response.Body = new MemoryStream();

        await AdaptiveCardInvokeResponse.Error(400, "BadRequest", "No such run.").ToHttpResult().ExecuteAsync(context);

        Assert.Equal(200, context.Response.StatusCode);
        Assert.StartsWith("application/json", context.Response.ContentType, StringComparison.Ordinal);
        context.Response.Body.Position = 0;
        var body = JsonNode.Parse(context.Response.Body)!;
        Assert.Equal(400, (int)body["statusCode"]!);
        Assert.Equal("No such run.", (string)body["value"]!["message"]!);
    }

    private static JsonNode Write(AdaptiveCardInvokeResponse response) => JsonSerializer.SerializeToNode(response, ConnectorJson.Options)!;
}
