using CertBot.Teams.Protocol.Authentication;
using CertBot.Teams.Tests.Support;

namespace CertBot.Teams.Tests.Protocol;

/// <summary>The metadata cache against the loopback issuer, with the clock in the test's hand.</summary>
public sealed class BotMetadataCacheTests : IAsyncLifetime
{
    private readonly ManualTime _time = new(new DateTimeOffset(2026, 11, 22, 6, 0, 0, TimeSpan.Zero));
    private BotFrameworkIssuer _issuer = null!;

    public async Task InitializeAsync() => _issuer = await BotFrameworkIssuer.StartAsync();

    public async Task DisposeAsync() => await _issuer.DisposeAsync();

    [Fact]
    public async Task Get_WithinTheRefreshInterval_ServesTheCachedKeys()
    {
        using var cache = Cache();

        var first = await cache.GetConfigurationAsync(default);
        _time.Now += TimeSpan.FromHours(11);
        var second = await cache.GetConfigurationAsync(default);

        Assert.Same(first, second);
        Assert.Equal(1, _issuer.MetadataRequests);
        Assert.Contains(first.SigningKeys, k => k.KeyId == "key-teams");
    }

    [Fact]
    public async Task Get_AfterTheRefreshInterval_FetchesAgain()
    {
        using var cache = Cache();

        await cache.GetConfigurationAsync(default);
        _time.Now += BotMetadataCache.RefreshInterval;
        await cache.GetConfigurationAsync(default);

        Assert.Equal(2, _issuer.MetadataRequests);
    }

    [Fact]
    public async Task RequestRefresh_IsRateLimited()
    {
        using var cache = Cache();
        await cache.GetConfigurationAsync(default);

        cache.RequestRefresh();
        await cache.GetConfigurationAsync(default);
        cache.RequestRefresh();
        await cache.GetConfigurationAsync(default);
        _time.Now += BotMetadataCache.MinimumForcedRefreshInterval;
        cache.RequestRefresh();
        await cache.GetConfigurationAsync(default);

        Assert.Equal(3, _issuer.MetadataRequests);
    }

    [Fact]
    public async Task Get_EndpointDownAfterAGoodFetch_KeepsTheLastKnownKeys()
    {
        using var cache = Cache();
        var good = await cache.GetConfigurationAsync(default);
        await _issuer.StopServingAsync();

        _time.Now += BotMetadataCache.RefreshInterval;
        var stillGood = await cache.GetConfigurationAsync(default);

        Assert.Same(good, stillGood);
    }

    [Fact]
    public async Task Get_EndpointNeverReached_Throws()
    {
        using var cache = new BotMetadataCache(
            new Uri("http://127.0.0.1:9/none"), new Microsoft.IdentityModel.Protocols.HttpDocumentRetriever(_issuer.Http) { RequireHttps = false }, _time);

        await Assert.ThrowsAsync<IOException>(() => cache.GetConfigurationAsync(default));
    }

    private BotMetadataCache Cache() => BotMetadataCache.Create(
        new BotAuthenticationOptions { OpenIdMetadataUrl = _issuer.MetadataUrl, RequireHttpsMetadata = false }, _issuer.Http, _time);
}
