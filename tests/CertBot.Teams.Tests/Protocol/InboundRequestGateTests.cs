using System.Net;
using System.Text;
using CertBot.Teams.Protocol;
using CertBot.Teams.Protocol.Authentication;
using CertBot.Teams.Tests.Support;

namespace CertBot.Teams.Tests.Protocol;

/// <summary>
/// The gate under a real Kestrel endpoint, as <c>/api/messages</c> will use it: 401 without or with a bad
/// token, 400 for bodies that are not activities, and nothing reaches the handler unless admitted.
/// </summary>
public sealed class InboundRequestGateTests : IAsyncLifetime
{
    private const string AppId = "app-under-test";
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 6, 0, 0, TimeSpan.Zero);

    private readonly List<Activity> _dispatched = [];
    private BotFrameworkIssuer _issuer = null!;
    private LoopbackServer _bot = null!;
    private string _serviceUrl = "";

    public async Task InitializeAsync()
    {
        _issuer = await BotFrameworkIssuer.StartAsync();
        var options = new BotAuthenticationOptions
        {
            AppId = AppId, TenantId = "tenant-1", OpenIdMetadataUrl = _issuer.MetadataUrl, RequireHttpsMetadata = false,
        };
        _bot = await GatedMessagesEndpoint.StartAsync(options, _issuer, Now, _dispatched, maxBytes: 4096);
        _serviceUrl = "https://smba.trafficmanager.net/emea/";
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task Post_ValidToken_IsDispatched()
    {
        var response = await Post(Message(), Token(_serviceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("regen tomcat on lab-east", Assert.Single(_dispatched).Text);
    }

    [Fact]
    public async Task Post_WithoutToken_Is401AndNotDispatched()
    {
        var response = await Post(Message(), null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_dispatched);
    }

    [Fact]
    public async Task Post_TokenForAnotherServiceUrl_Is401()
    {
        var response = await Post(Message(), Token("https://elsewhere.example.org/"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_dispatched);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"text":"no type"}""")]
    [InlineData("""{"type":"message","text":"no conversation"}""")]
    public async Task Post_MalformedActivityWithValidToken_Is400(string body)
    {
        var response = await Post(body, Token(_serviceUrl));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_dispatched);
    }

    [Fact]
    public async Task Post_OversizedBody_Is400()
    {
        var response = await Post(Message().Replace("regen tomcat on lab-east", new string('x', 5000), StringComparison.Ordinal), Token(_serviceUrl));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_dispatched);
    }

    [Fact]
    public async Task Post_FromAnotherTenant_Is401()
    {
        var response = await Post(Message().Replace("tenant-1", "tenant-other", StringComparison.Ordinal), Token(_serviceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_dispatched);
    }

    private string Token(string serviceUrl) =>
        BotFrameworkIssuer.Token(_issuer.Credentials("key-teams"), AppId, serviceUrl, Now.AddMinutes(30));

    private string Message() => $$"""
        {"type":"message","id":"1","serviceUrl":"{{_serviceUrl}}","channelId":"msteams",
         "from":{"id":"29:rita","aadObjectId":"aad-rita"},"recipient":{"id":"28:bot"},
         "conversation":{"id":"a:1","conversationType":"personal","tenantId":"tenant-1"},"text":"regen tomcat on lab-east"}
        """;

    private async Task<HttpResponseMessage> Post(string body, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _bot.Url("api/messages"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        return await _issuer.Http.SendAsync(request);
    }
}
