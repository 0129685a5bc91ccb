using System.Net;
using System.Text;
using CertBot.Teams.Protocol;
using CertBot.Teams.Protocol.Authentication;
using CertBot.Teams.Tests.Support;

namespace CertBot.Teams.Tests.Protocol;

/// <summary>
/// Who may reach the Teams handler at all: only <c>msteams</c> activities (on Direct Line or Web Chat the client
/// sets <c>aadObjectId</c> and the tenant itself), only JSON bodies, a configured tenant whenever authentication
/// is on, and with authentication off only a loopback Host header and a loopback <c>serviceUrl</c> (so a web page
/// in the operator's browser cannot drive the local bot). Each case under a real Kestrel endpoint.
/// </summary>
public sealed class InboundRequestOriginTests : IAsyncLifetime
{
    private const string AppId = "app-under-test";
    private const string TeamsServiceUrl = "https://smba.trafficmanager.net/emea/";
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 6, 0, 0, TimeSpan.Zero);

    private readonly List<Activity> _dispatched = [];
    private readonly List<LoopbackServer> _servers = [];
    private BotFrameworkIssuer _issuer = null!;

    public async Task InitializeAsync()
    {
        _issuer = await BotFrameworkIssuer.StartAsync();
        _issuer.Publish("key-webchat", "webchat", "directline");
    }

    public async Task DisposeAsync()
    {
        foreach (var server in _servers)
        {
            await server.DisposeAsync();
        }

        await _issuer.DisposeAsync();
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    public async Task Authenticated_ActivityFromAnotherChannelWithAnEndorsedToken_Is403AndNotDispatched(string channel)
    {
        var bot = await StartAsync(Authenticated("tenant-1"));

        var response = await Post(bot, Message(TeamsServiceUrl, channel), Token("key-webchat", TeamsServiceUrl));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_dispatched);
    }

    [Fact]
    public async Task Authenticated_TeamsActivity_IsDispatched()
    {
        var bot = await StartAsync(Authenticated("tenant-1"));

        var response = await Post(bot, Message(TeamsServiceUrl), Token("key-teams", TeamsServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_dispatched);
    }

    [Fact]
    public async Task Authenticated_WithoutAConfiguredTenant_Is401()
    {
        var bot = await StartAsync(Authenticated(tenant: null));

        var response = await Post(bot, Message(TeamsServiceUrl), Token("key-teams", TeamsServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_dispatched);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data")]
    public async Task Authenticated_BodyThatIsNotJson_Is415(string contentType)
    {
        var bot = await StartAsync(Authenticated("tenant-1"));

        var response = await Post(bot, Message(TeamsServiceUrl), Token("key-teams", TeamsServiceUrl), contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Empty(_dispatched);
    }

    [Fact]
    public async Task Local_TextPlainFromAWebPage_Is415()
    {
        var bot = await StartAsync(new BotAuthenticationOptions());

        var response = await Post(bot, Message("http://127.0.0.1:56150/"), token: null, contentType: "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Empty(_dispatched);
    }

    [Theory]
    [InlineData("attacker.example")]
    [InlineData("attacker.example:3978")]
    [InlineData("127.0.0.1.nip.io:3978")]
    public async Task Local_HostHeaderThatIsNotLoopback_Is403(string host)
    {
        var bot = await StartAsync(new BotAuthenticationOptions());

        var response = await Post(bot, Message("http://127.0.0.1:56150/"), token: null, host: host);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_dispatched);
    }

    [Theory]
    [InlineData("https://attacker.example/")]
    [InlineData("http://10.0.0.5:3000/")]
    public async Task Local_ServiceUrlThatIsNotLoopback_Is403(string serviceUrl)
    {
        var bot = await StartAsync(new BotAuthenticationOptions());

        var response = await Post(bot, Message(serviceUrl), token: null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_dispatched);
    }

    [Theory]
    [InlineData("http://127.0.0.1:56150/", null)]
    [InlineData("http://localhost:56150/", "localhost:3978")]
    [InlineData("http://[::1]:56150/", "[::1]:3978")]
    public async Task Local_PlaygroundOnLoopback_IsDispatched(string serviceUrl, string? host)
    {
        var bot = await StartAsync(new BotAuthenticationOptions());

        var response = await Post(bot, Message(serviceUrl), token: null, host: host);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_dispatched);
    }

    private BotAuthenticationOptions Authenticated(string? tenant) => new()
    {
        AppId = AppId, TenantId = tenant, OpenIdMetadataUrl = _issuer.MetadataUrl, RequireHttpsMetadata = false,
    };

    private async Task<LoopbackServer> StartAsync(BotAuthenticationOptions options)
    {
        var server = await GatedMessagesEndpoint.StartAsync(options, _issuer, Now, _dispatched);
        _servers.Add(server);
        return server;
    }

    private string Token(string kid, string serviceUrl) =>
        BotFrameworkIssuer.Token(_issuer.Credentials(kid), AppId, serviceUrl, Now.AddMinutes(30));

    private static string Message(string serviceUrl, string channel = "msteams") => $$"""
        {"type":"message","id":"1","serviceUrl":"{{serviceUrl}}","channelId":"{{channel}}",
         "from":{"id":"29:alan","aadObjectId":"aad-alan"},"recipient":{"id":"28:bot"},
         "conversation":{"id":"a:1","conversationType":"personal","tenantId":"tenant-1"},"text":"approve 1a2b3c"}
        """;

    private async Task<HttpResponseMessage> Post(LoopbackServer bot, string body, string? token, string contentType = "application/json", string? host = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, bot.Url("api/messages"))
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        if (host is not null)
        {
            request.Headers.Host = host;
        }

        return await _issuer.Http.SendAsync(request);
    }
}
