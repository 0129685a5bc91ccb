using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CertBot.Teams.Protocol.Authentication;

/// <summary>
/// The Bot Framework's OpenID metadata and signing keys, cached. IdentityModel's own
/// <see cref="ConfigurationManager{T}"/> (8.16) answers a <see cref="RequestRefresh"/> with a background fetch,
/// so the token that revealed a rolled key would still be refused; here a requested refresh is made by the
/// next <see cref="GetConfigurationAsync"/> itself. Forced refreshes are rate-limited, so forged key ids
/// cannot turn the bot into a metadata-fetching loop.
/// </summary>
public sealed class BotMetadataCache : IConfigurationManager<OpenIdConnectConfiguration>, IDisposable
{
    /// <summary>How long keys are trusted without asking again (Microsoft publishes new keys well ahead of use).</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromHours(12);

    /// <summary>The least time between two forced refreshes.</summary>
    public static readonly TimeSpan MinimumForcedRefreshInterval = TimeSpan.FromSeconds(30);

    /// <summary>After a failed fetch, how long the keys already held are used before asking again.</summary>
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(1);

    private readonly string _address;
    private readonly IDocumentRetriever _documents;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _fetching = new(1, 1);
    private OpenIdConnectConfiguration? _current;
    private DateTimeOffset _fetchedAt;
    private DateTimeOffset _lastForced = DateTimeOffset.MinValue;
    private bool _refreshRequested;

    public BotMetadataCache(Uri metadataUrl, IDocumentRetriever documents, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(metadataUrl);
        _address = metadataUrl.ToString();
        _documents = documents;
        _time = time;
    }

    /// <summary>The metadata source for <paramref name="options"/>, fetching with <paramref name="http"/>.</summary>
    public static BotMetadataCache Create(BotAuthenticationOptions options, HttpClient http, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new BotMetadataCache(
            options.OpenIdMetadataUrl, new HttpDocumentRetriever(http) { RequireHttps = options.RequireHttpsMetadata }, time);
    }

    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancel)
    {
        if (Fresh() is { } cached)
        {
            return cached;
        }

        await _fetching.WaitAsync(cancel);
        try
        {
            if (Fresh() is { } fetchedMeanwhile)
            {
                return fetchedMeanwhile;
            }

            try
            {
                _current = await OpenIdConnectConfigurationRetriever.GetAsync(_address, _documents, cancel);
                _fetchedAt = _time.GetUtcNow();
            }
            catch (Exception e) when (_current is not null && e is IOException or InvalidOperationException or HttpRequestException)
            {
                // The metadata endpoint is down: the keys already held are still the best answer (last known
                // good). Ask again after a minute rather than on every request.
                _fetchedAt = _time.GetUtcNow() - RefreshInterval + RetryAfterFailure;
            }

            _refreshRequested = false;
            return _current;
        }
        finally
        {
            _fetching.Release();
        }
    }

    public void RequestRefresh()
    {
        var now = _time.GetUtcNow();
        if (now - _lastForced >= MinimumForcedRefreshInterval)
        {
            _lastForced = now;
            _refreshRequested = true;
        }
    }

    public void Dispose() => _fetching.Dispose();

    private OpenIdConnectConfiguration? Fresh() =>
        _current is not null && !_refreshRequested && _time.GetUtcNow() - _fetchedAt < RefreshInterval ? _current : null;
}
