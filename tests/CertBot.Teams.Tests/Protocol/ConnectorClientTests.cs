using System.Net;
using System.Text.Json.Nodes;
using CertBot.Teams.Cards;
using CertBot.Teams.Protocol;
using CertBot.Teams.Protocol.Connector;
using CertBot.Teams.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Teams.Tests.Protocol;

/// <summary>
/// The Connector client as <c>AddCertBotTeamsProtocol</c> composes it (the resilience handler in its HttpClient)
/// against a real recording HTTP server on loopback.
/// </summary>
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string ThreadId = "19:ops@thread.tacv2;messageid=1712345000000";
    private const string EscapedThreadId = "19%3Aops%40thread.tacv2%3Bmessageid%3D1712345000000";

    private readonly List<ServiceProvider> _providers = [];
    private RecordingConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await RecordingConnector.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Send_ToAThread_EscapesTheConversationIdAndReturnsTheNewId()
    {
        var response = await Client().SendToConversationAsync(_connector.ServiceUrl, ThreadId, Activity.TextMessage("hello"), default);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedThreadId}/activities", request.RawTarget);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        Assert.Equal("activity-1", response.Id);
        Assert.Equal("hello", (string)JsonNode.Parse(request.Body)!["text"]!);
    }

    [Theory]
    [InlineData("emea/")]
    [InlineData("emea")]
    public async Task Send_ServiceUrlWithAPath_KeepsThePath(string path)
    {
        var serviceUrl = new Uri(_connector.ServiceUrl, path);

        await Client().SendToConversationAsync(serviceUrl, "a:1", Activity.TextMessage("x"), default);

        Assert.Equal("/emea/v3/conversations/a%3A1/activities", Assert.Single(_connector.Requests).RawTarget);
    }

    [Fact]
    public async Task Send_RateLimitedWithRetryAfter_WaitsWhatTheServerAskedThenSucceeds()
    {
        _connector.Then(429, """{"error":{"code":"Throttled","message":"slow down"}}""", ("Retry-After", "1"));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // A 20 s backoff would show if Retry-After were ignored.
        var response = await Client(new ConnectorClientOptions { BaseDelay = TimeSpan.FromSeconds(20) })
            .SendToConversationAsync(_connector.ServiceUrl, ThreadId, Activity.TextMessage("progress"), default);

        Assert.Equal("activity-1", response.Id);
        var requests = _connector.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal(requests[0].Body, requests[1].Body);
        var waited = requests[1].ReceivedAt - requests[0].ReceivedAt;
        Assert.InRange(waited, TimeSpan.FromMilliseconds(900), TimeSpan.FromSeconds(10));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task Send_RateLimitedWithARetryAfterDate_WaitsUntilThen()
    {
        // An HTTP date has whole seconds: two seconds ahead waits between one and two.
        var then = DateTimeOffset.UtcNow.AddSeconds(2).ToString("r", System.Globalization.CultureInfo.InvariantCulture);
        _connector.Then(429, "", ("Retry-After", then));

        await Client(new ConnectorClientOptions { BaseDelay = TimeSpan.FromSeconds(20) })
            .SendToConversationAsync(_connector.ServiceUrl, ThreadId, Activity.TextMessage("x"), default);

        var requests = _connector.Requests;
        Assert.Equal(2, requests.Count);
        Assert.InRange(requests[1].ReceivedAt - requests[0].ReceivedAt, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Send_RetryAfterLongerThanTheCap_WaitsOnlyTheCap()
    {
        _connector.Then(429, "", ("Retry-After", "600"));

        await Client(new ConnectorClientOptions { BaseDelay = TimeSpan.FromSeconds(20), MaxRetryAfter = TimeSpan.FromSeconds(1) })
            .SendToConversationAsync(_connector.ServiceUrl, ThreadId, Activity.TextMessage("x"), default);

        var requests = _connector.Requests;
        Assert.Equal(2, requests.Count);
        Assert.InRange(requests[1].ReceivedAt - requests[0].ReceivedAt, TimeSpan.FromMilliseconds(900), TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task Send_AServerErrorTeamsDoesNotCallTransient_IsFinal(int status)
    {
        _connector.Then(status);

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client().SendToConversationAsync(_connector.ServiceUrl, ThreadId, Activity.TextMessage("x"), default));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Single(_connector.Requests);
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task Send_TransientAnswer_IsRetried(int status)
    {
        _connector.Then(status);

        var response = await Client().SendToConversationAsync(_connector.ServiceUrl, ThreadId, Activity.TextMessage("x"), default);

        Assert.Equal(2, _connector.Requests.Count);
        Assert.Equal("activity-1", response.Id);
    }

    [Fact]
    public async Task Send_TransientEveryTime_GivesUpAfterTheRetriesWithTheStatus()
    {
        for (var i = 0; i < 3; i++)
        {
            _connector.Then(429, "", ("Retry-After", "0"));
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client(new ConnectorClientOptions { MaxRetries = 2 }).SendToConversationAsync(_connector.ServiceUrl, ThreadId, Activity.TextMessage("x"), default));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(3, _connector.Requests.Count);
    }

    [Fact]
    public async Task Send_BlockedByTheUser_FailsAtOnceWithTheConnectorsErrorCode()
    {
        _connector.Then(403, """{"error":{"code":"MessageWritesBlocked","message":"Thread is blocked"}}""");

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client().SendToConversationAsync(_connector.ServiceUrl, ThreadId, Activity.TextMessage("x"), default));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal("MessageWritesBlocked", error.ErrorCode);
        Assert.Equal($"/v3/conversations/{EscapedThreadId}/activities", error.Route);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task Update_PutsTheCardAtTheActivityItReplaces()
    {
        var card = new AdaptiveCard { Body = [new TextBlock("Approved by Alan")] };

        await Client().UpdateActivityAsync(_connector.ServiceUrl, ThreadId, "1712345000999", Activity.CardMessage(card), default);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedThreadId}/activities/1712345000999", request.RawTarget);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("1712345000999", (string)body["id"]!);
        Assert.Equal("message", (string)body["type"]!);
        Assert.Equal(AdaptiveCard.ContentType, (string)body["attachments"]![0]!["contentType"]!);
        Assert.True(JsonNode.DeepEquals(CardJson.ToNode(card), body["attachments"]![0]!["content"]));
        Assert.Null(body["text"]);
    }

    [Fact]
    public async Task Reply_PostsToTheActivityWithReplyToId()
    {
        await Client().ReplyToActivityAsync(_connector.ServiceUrl, "a:personal", "msg/1", Activity.TextMessage("done"), default);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("/v3/conversations/a%3Apersonal/activities/msg%2F1", request.RawTarget);
        Assert.Equal("msg/1", (string)JsonNode.Parse(request.Body)!["replyToId"]!);
    }

    [Fact]
    public async Task Proactive_FromAStoredReference_LandsInTheThreadFromTheBot()
    {
        var inbound = new Activity
        {
            Type = "message",
            Id = "1712345000000",
            ServiceUrl = _connector.ServiceUrl.ToString(),
            ChannelId = "msteams",
            From = new ChannelAccount("29:rita", "Rita", "aad-rita"),
            Recipient = new ChannelAccount("28:bot", "CertBot"),
            Conversation = new ConversationAccount("19:ops@thread.tacv2", "channel", "tenant-1"),
        };
        var reference = ConversationReference.FromActivity(inbound);

        await Client().SendProactiveAsync(reference, Activity.TextMessage("Run r-42 succeeded."), default);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal($"/v3/conversations/{EscapedThreadId}/activities", request.RawTarget);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("28:bot", (string)body["from"]!["id"]!);
        Assert.Equal("29:rita", (string)body["recipient"]!["id"]!);
        Assert.Equal(ThreadId, (string)body["conversation"]!["id"]!);
        Assert.Equal("tenant-1", (string)body["conversation"]!["tenantId"]!);
    }

    [Fact]
    public async Task Create_ChannelThread_PostsConversationParametersAndReadsTheNewIds()
    {
        _connector.Then(201, """{"id":"19:ops@thread.tacv2;messageid=555","activityId":"555"}""");
        var parameters = new ConversationParameters(true, new TeamsChannelData { Channel = new TeamsEntityRef("19:ops@thread.tacv2") }, Activity.TextMessage("Maintenance tonight"));

        var created = await Client().CreateConversationAsync(_connector.ServiceUrl, parameters, default);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("/v3/conversations", request.RawTarget);
        Assert.True((bool)JsonNode.Parse(request.Body)!["isGroup"]!);
        Assert.Equal("555", created.ActivityId);
        Assert.Equal("19:ops@thread.tacv2;messageid=555", created.Id);
    }

    [Fact]
    public async Task Send_WithATokenSource_SendsABearerTokenOnEveryAttempt()
    {
        var tokens = new FixedTokenSource("tok-1");
        _connector.Then(502);

        await Client(tokens: tokens).SendToConversationAsync(_connector.ServiceUrl, ThreadId, Activity.TextMessage("x"), default);

        Assert.Equal(2, _connector.Requests.Count);
        Assert.All(_connector.Requests, r => Assert.Equal("Bearer tok-1", r.Authorization));
        Assert.Equal(1, tokens.Calls);
    }

    [Fact]
    public async Task Send_Anonymous_SendsNoAuthorizationHeader()
    {
        await Client().SendToConversationAsync(_connector.ServiceUrl, ThreadId, Activity.TextMessage("x"), default);

        Assert.Equal("", Assert.Single(_connector.Requests).Authorization);
    }

    [Fact]
    public async Task Send_TokenToAPlainHttpRemoteHost_IsRefusedBeforeSending()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client(tokens: new FixedTokenSource("tok-1")).SendToConversationAsync(new Uri("http://connector.example.org/"), ThreadId, Activity.TextMessage("x"), default));

        Assert.Contains("HTTPS", error.Message, StringComparison.Ordinal);
        Assert.Empty(_connector.Requests);
    }

    private ConnectorClient Client(ConnectorClientOptions? options = null, IConnectorTokenSource? tokens = null)
    {
        var wanted = options ?? new ConnectorClientOptions { BaseDelay = TimeSpan.FromMilliseconds(10) };
        var services = new ServiceCollection().AddLogging().AddSingleton(tokens ?? AnonymousTokenSource.Instance).AddCertBotTeamsProtocol();
        services.Configure<ConnectorClientOptions>(o => (o.MaxRetries, o.BaseDelay, o.MaxRetryAfter) = (wanted.MaxRetries, wanted.BaseDelay, wanted.MaxRetryAfter));
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider.GetRequiredService<ConnectorClient>();
    }
}
