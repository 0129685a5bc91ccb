using CertBot.Teams.Protocol.Authentication;
using CertBot.Teams.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace CertBot.Teams.Tests.Protocol;

/// <summary>Inbound JWTs checked against OpenID metadata and a JWKS served by a real Kestrel server on loopback.</summary>
public sealed class BotTokenValidatorTests : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 6, 0, 0, TimeSpan.Zero);

    private BotFrameworkIssuer _issuer = null!;

    public async Task InitializeAsync() => _issuer = await BotFrameworkIssuer.StartAsync();

    public async Task DisposeAsync() => await _issuer.DisposeAsync();

    [Fact]
    public async Task Validate_TokenFromTheChannel_IsAccepted()
    {
        var token = BotFrameworkIssuer.Token(_issuer.Credentials("key-teams"), AppId, ServiceUrl, Now.AddMinutes(30));

        var result = await Validator().ValidateAsync($"Bearer {token}", "msteams", ServiceUrl, default);

        Assert.True(result.Succeeded, result.Failure);
        Assert.False(result.IsAnonymous);
        Assert.Equal(BotFrameworkIssuer.Issuer, result.Identity!.FindFirst("iss")?.Value);
        Assert.Equal(1, _issuer.MetadataRequests);
    }

    [Fact]
    public async Task Validate_ServiceUrlDiffersOnlyInCase_IsAccepted()
    {
        var token = BotFrameworkIssuer.Token(_issuer.Credentials("key-teams"), AppId, ServiceUrl.ToUpperInvariant(), Now.AddMinutes(30));

        var result = await Validator().ValidateAsync($"Bearer {token}", "msteams", ServiceUrl, default);

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task Validate_WrongAudience_IsRefused()
    {
        var token = BotFrameworkIssuer.Token(_issuer.Credentials("key-teams"), "some-other-bot", ServiceUrl, Now.AddMinutes(30));

        await AssertRefused(token, "Invalid token: SecurityTokenInvalidAudienceException");
    }

    [Fact]
    public async Task Validate_WrongIssuer_IsRefused()
    {
        var token = BotFrameworkIssuer.Token(_issuer.Credentials("key-teams"), AppId, ServiceUrl, Now.AddMinutes(30), issuer: "https://sts.example.org");

        await AssertRefused(token, "Invalid token: SecurityTokenInvalidIssuerException");
    }

    [Fact]
    public async Task Validate_ExpiredBeyondTheSkew_IsRefused()
    {
        var token = BotFrameworkIssuer.Token(_issuer.Credentials("key-teams"), AppId, ServiceUrl, Now.AddMinutes(-6));

        await AssertRefused(token, "Invalid token: SecurityTokenInvalidLifetimeException");
    }

    [Fact]
    public async Task Validate_ExpiredWithinTheSkew_IsAccepted()
    {
        var token = BotFrameworkIssuer.Token(_issuer.Credentials("key-teams"), AppId, ServiceUrl, Now.AddMinutes(-4));

        var result = await Validator().ValidateAsync($"Bearer {token}", "msteams", ServiceUrl, default);

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task Validate_NotYetValid_IsRefused()
    {
        var token = BotFrameworkIssuer.Token(_issuer.Credentials("key-teams"), AppId, ServiceUrl, Now.AddHours(2));

        await AssertRefused(token, "Invalid token: SecurityTokenInvalidLifetimeException");
    }

    [Fact]
    public async Task Validate_UnsignedToken_IsRefused()
    {
        var token = BotFrameworkIssuer.Token(null, AppId, ServiceUrl, Now.AddMinutes(30));
        Assert.EndsWith(".", token, StringComparison.Ordinal);

        await AssertRefused(token, "Invalid token: SecurityTokenInvalidSignatureException");
    }

    [Fact]
    public async Task Validate_SignedByAnUnpublishedKey_IsRefusedAfterOneMetadataRefresh()
    {
        var validator = Validator();
        var token = BotFrameworkIssuer.Token(BotFrameworkIssuer.Unpublished(), AppId, ServiceUrl, Now.AddMinutes(30));

        var first = await validator.ValidateAsync($"Bearer {token}", "msteams", ServiceUrl, default);
        var second = await validator.ValidateAsync($"Bearer {token}", "msteams", ServiceUrl, default);

        Assert.Contains("SecurityTokenSignatureKeyNotFoundException", first.Failure, StringComparison.Ordinal);
        Assert.False(second.Succeeded);
        Assert.Equal(2, _issuer.MetadataRequests); // one fetch, one forced refresh; the repeat is rate-limited
    }

    [Fact]
    public async Task Validate_MetadataUnreachable_IsRefusedNotThrown()
    {
        var options = new BotAuthenticationOptions { AppId = AppId, OpenIdMetadataUrl = new Uri("http://127.0.0.1:9/none"), RequireHttpsMetadata = false };
        var time = new ManualTime(Now);
        var validator = new BotTokenValidator(options, BotMetadataCache.Create(options, _issuer.Http, time), time, NullLogger<BotTokenValidator>.Instance);
        var token = BotFrameworkIssuer.Token(_issuer.Credentials("key-teams"), AppId, ServiceUrl, Now.AddMinutes(30));

        var result = await validator.ValidateAsync($"Bearer {token}", "msteams", ServiceUrl, default);

        Assert.False(result.Succeeded);
        Assert.Contains("signing keys could not be fetched", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_KeyPublishedAfterTheMetadataWasCached_IsAcceptedAfterARefresh()
    {
        var validator = Validator();
        var first = BotFrameworkIssuer.Token(_issuer.Credentials("key-teams"), AppId, ServiceUrl, Now.AddMinutes(30));
        Assert.True((await validator.ValidateAsync($"Bearer {first}", "msteams", ServiceUrl, default)).Succeeded);

        _issuer.Publish("key-rolled", "msteams");
        var rolled = BotFrameworkIssuer.Token(_issuer.Credentials("key-rolled"), AppId, ServiceUrl, Now.AddMinutes(30));
        var result = await validator.ValidateAsync($"Bearer {rolled}", "msteams", ServiceUrl, default);

        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal(2, _issuer.MetadataRequests);
    }

    [Fact]
    public async Task Validate_KeyNotEndorsingTheChannel_IsRefused()
    {
        _issuer.Publish("key-webchat", "webchat");
        var token = BotFrameworkIssuer.Token(_issuer.Credentials("key-webchat"), AppId, ServiceUrl, Now.AddMinutes(30));

        await AssertRefused(token, "does not endorse channel 'msteams'");
        var sameKeyOwnChannel = await Validator().ValidateAsync($"Bearer {token}", "webchat", ServiceUrl, default);
        Assert.True(sameKeyOwnChannel.Succeeded, sameKeyOwnChannel.Failure);
    }

    [Fact]
    public async Task Validate_ServiceUrlClaimMismatch_IsRefused()
    {
        var token = BotFrameworkIssuer.Token(_issuer.Credentials("key-teams"), AppId, "https://attacker.example.org/", Now.AddMinutes(30));

        await AssertRefused(token, "serviceurl claim mismatch");
    }

    [Fact]
    public async Task Validate_MissingHeaderWithAnAppId_IsRefused()
    {
        var result = await Validator().ValidateAsync(null, "msteams", ServiceUrl, default);

        Assert.False(result.Succeeded);
        Assert.Equal("No Authorization header.", result.Failure);
    }

    [Fact]
    public async Task Validate_MissingHeaderWithoutAnAppId_IsAnonymous()
    {
        var result = await Validator(appId: "").ValidateAsync(null, "msteams", ServiceUrl, default);

        Assert.True(result.Succeeded);
        Assert.True(result.IsAnonymous);
        Assert.Equal(0, _issuer.MetadataRequests);
    }

    [Fact]
    public async Task Validate_TokenWithoutAnAppId_IsRefused()
    {
        var token = BotFrameworkIssuer.Token(_issuer.Credentials("key-teams"), AppId, ServiceUrl, Now.AddMinutes(30));

        var result = await Validator(appId: "").ValidateAsync($"Bearer {token}", "msteams", ServiceUrl, default);

        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("not a header at all")]
    public async Task Validate_HeaderThatIsNotABearerToken_IsRefused(string header)
    {
        var result = await Validator().ValidateAsync(header, "msteams", ServiceUrl, default);

        Assert.False(result.Succeeded);
    }

    private async Task AssertRefused(string token, string reason)
    {
        var result = await Validator().ValidateAsync($"Bearer {token}", "msteams", ServiceUrl, default);

        Assert.False(result.Succeeded, "the token was accepted");
        Assert.Contains(reason, result.Failure, StringComparison.Ordinal);
    }

    private BotTokenValidator Validator(string appId = AppId)
    {
        var options = new BotAuthenticationOptions { AppId = appId, OpenIdMetadataUrl = _issuer.MetadataUrl, RequireHttpsMetadata = false };
        var time = new ManualTime(Now);
        return new BotTokenValidator(options, BotMetadataCache.Create(options, _issuer.Http, time), time, NullLogger<BotTokenValidator>.Instance);
    }
}
