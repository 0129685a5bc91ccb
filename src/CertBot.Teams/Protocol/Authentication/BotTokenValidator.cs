using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CertBot.Teams.Protocol.Authentication;

/// <summary>
/// Checks the bearer token of an inbound Connector request as Teams requires (chat-protocols.md §2): signed
/// RS256/384/512 by a key from the Bot Framework's OpenID metadata, issuer, audience = app id, lifetime with
/// five minutes of skew, the key endorsing the activity's channel, and the <c>serviceurl</c> claim equal to
/// the activity's service URL (so a stolen token cannot redirect the bot's replies, and its token, elsewhere).
/// </summary>
public sealed class BotTokenValidator
{
    public const string ServiceUrlClaim = "serviceurl";

    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotAuthenticationOptions _options;
    private readonly IConfigurationManager<OpenIdConnectConfiguration> _metadata;
    private readonly TimeProvider _time;
    private readonly ILogger<BotTokenValidator> _logger;
    private readonly JsonWebTokenHandler _handler = new();

    public BotTokenValidator(
        BotAuthenticationOptions options,
        IConfigurationManager<OpenIdConnectConfiguration> metadata,
        TimeProvider time,
        ILogger<BotTokenValidator> logger)
    {
        _options = options;
        _metadata = metadata;
        _time = time;
        _logger = logger;
    }

    /// <param name="authorizationHeader">The request's <c>Authorization</c> header, or null.</param>
    /// <param name="channelId">The activity's <c>channelId</c> (<c>msteams</c>).</param>
    /// <param name="serviceUrl">The activity's <c>serviceUrl</c>.</param>
    public async Task<BotAuthenticationResult> ValidateAsync(
        string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return _options.AuthenticationDisabled
                ? BotAuthenticationResult.Anonymous
                : Fail("No Authorization header.");
        }

        // A token that is present is always checked, even with authentication off: it cannot pass without an
        // app id to be the audience of, so a half-configured bot refuses rather than trusts.
        if (!AuthenticationHeaderValue.TryParse(authorizationHeader, out var header)
            || !string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrWhiteSpace(header.Parameter))
        {
            return Fail("The Authorization header is not a bearer token.");
        }

        if (_options.AuthenticationDisabled)
        {
            return Fail("A token was sent but no app id is configured to check its audience.");
        }

        TokenValidationResult result;
        OpenIdConnectConfiguration metadata;
        try
        {
            (result, metadata) = await ValidateSignatureAsync(header.Parameter, cancellationToken);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or HttpRequestException)
        {
            // IdentityModel reports an unreachable (IOException) or unreadable (InvalidOperationException)
            // metadata document this way; without keys nothing can be trusted, so the request is refused, not failed.
            return Fail($"The signing keys could not be fetched: {e.Message}");
        }

        if (!result.IsValid)
        {
            return Fail($"Invalid token: {result.Exception?.GetType().Name ?? "rejected"}.");
        }

        var token = (JsonWebToken)result.SecurityToken;
        if (string.IsNullOrEmpty(channelId) || !KeyEndorses(metadata, token.Kid, channelId))
        {
            return Fail($"The signing key does not endorse channel '{channelId}'.");
        }

        return token.TryGetPayloadValue<string>(ServiceUrlClaim, out var claimed)
            && string.Equals(claimed, serviceUrl, StringComparison.OrdinalIgnoreCase)
            ? BotAuthenticationResult.Authenticated(result.ClaimsIdentity)
            : Fail("serviceurl claim mismatch.");
    }

    private async Task<(TokenValidationResult Result, OpenIdConnectConfiguration Metadata)> ValidateSignatureAsync(
        string token, CancellationToken cancellationToken)
    {
        var metadata = await _metadata.GetConfigurationAsync(cancellationToken);
        var result = await _handler.ValidateTokenAsync(token, Parameters(metadata));
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // Keys roll over: fetch the metadata once more before calling an unknown key a forgery.
            _metadata.RequestRefresh();
            metadata = await _metadata.GetConfigurationAsync(cancellationToken);
            result = await _handler.ValidateTokenAsync(token, Parameters(metadata));
        }

        return (result, metadata);
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration metadata) => new()
    {
        ValidIssuer = _options.Issuer,
        ValidAudience = _options.AppId,
        IssuerSigningKeys = metadata.SigningKeys,
        ValidAlgorithms = Algorithms,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ValidateIssuerSigningKey = true,
        ClockSkew = _options.ClockSkew,

        // IdentityModel 8.16 keeps its TimeProvider hook internal; this delegate puts the injected clock in charge.
        LifetimeValidator = IsWithinLifetime,
    };

    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return expires is { } notAfter
            && notAfter.ToUniversalTime() > now - _options.ClockSkew
            && (notBefore is not { } start || start.ToUniversalTime() <= now + _options.ClockSkew);
    }

    private static bool KeyEndorses(OpenIdConnectConfiguration metadata, string? kid, string channelId) =>
        metadata.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == kid) is { } key && ChannelEndorsements.Endorses(key, channelId);

    private BotAuthenticationResult Fail(string reason)
    {
        Log.TokenRejected(_logger, reason);
        return BotAuthenticationResult.Failed(reason);
    }
}
