using CertBot.Teams.Protocol.Authentication;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;

namespace CertBot.Teams.Protocol;

/// <summary>
/// Everything <c>POST /api/messages</c> must check before CertBot acts on a request, in the order that leaks
/// least: a missing token is refused (401) and a body that is not <c>application/json</c> (415) before the body
/// is read; with authentication off, a Host header that is not loopback is refused (403); a body that is too
/// large or not an activity is refused (400); an activity from any channel but Teams is refused (403), because
/// on Direct Line or Web Chat the client itself sets <c>from.aadObjectId</c> and the tenant; then the token is
/// checked against the activity's channel and service URL (401), and the tenant (401: mandatory whenever
/// authentication is on). With authentication off, replies may only go to a loopback <c>serviceUrl</c> (403).
/// The endpoint on top of this only dispatches admitted activities.
/// </summary>
public sealed class InboundRequestGate
{
    /// <summary>The one Bot Framework channel whose identity fields the Connector, not the client, sets.</summary>
    public const string TeamsChannel = "msteams";

    private readonly BotTokenValidator _validator;
    private readonly BotAuthenticationOptions _options;
    private readonly int _maxBytes;

    public InboundRequestGate(BotTokenValidator validator, BotAuthenticationOptions options, int maxBytes = InboundActivityReader.DefaultMaxBytes)
    {
        _validator = validator;
        _options = options;
        _maxBytes = maxBytes;
    }

    public async Task<InboundRequest> AdmitAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.Length == 0 && !_options.AuthenticationDisabled)
        {
            return InboundRequest.Unauthorized("No Authorization header.");
        }

        if (!IsJson(request.ContentType))
        {
            return InboundRequest.Refused(StatusCodes.Status415UnsupportedMediaType, $"The body must be application/json, not '{request.ContentType}'.");
        }

        if (_options.AuthenticationDisabled && !LocalRequestOrigin.IsLoopbackHost(request.Headers.Host))
        {
            return InboundRequest.Refused(StatusCodes.Status403Forbidden, "Authentication is off: only requests to a loopback host name are served.");
        }

        if (request.ContentLength > _maxBytes)
        {
            return InboundRequest.BadRequest($"The body is larger than {_maxBytes} bytes.");
        }

        var read = await InboundActivityReader.ReadAsync(request.Body, _maxBytes, cancellationToken);
        if (!read.Accepted)
        {
            return InboundRequest.BadRequest(read.Detail);
        }

        var activity = read.Activity;
        if (!string.Equals(activity.ChannelId, TeamsChannel, StringComparison.Ordinal))
        {
            return InboundRequest.Refused(StatusCodes.Status403Forbidden, $"Only Teams activities are served, not channel '{activity.ChannelId}'.");
        }

        if (_options.AuthenticationDisabled && activity.ServiceUrl is not null && !LocalRequestOrigin.IsLoopbackUrl(activity.ServiceUrl))
        {
            return InboundRequest.Refused(StatusCodes.Status403Forbidden, "Authentication is off: replies go to a loopback serviceUrl only.");
        }

        var authentication = await _validator.ValidateAsync(
            authorization.Length == 0 ? null : authorization, activity.ChannelId, activity.ServiceUrl, cancellationToken);
        if (!authentication.Succeeded)
        {
            return InboundRequest.Unauthorized(authentication.Failure ?? "Invalid token.");
        }

        return FromExpectedTenant(activity)
            ? InboundRequest.Admit(activity, authentication)
            : InboundRequest.Unauthorized(string.IsNullOrWhiteSpace(_options.TenantId) ? "No tenant id is configured, so no tenant is trusted." : $"The activity is not from tenant {_options.TenantId}.");
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && string.Equals(media.MediaType, "application/json", StringComparison.OrdinalIgnoreCase);

    /// <summary>The conversation's tenant, or channelData's for activities that carry it only there (§1.1).</summary>
    private bool FromExpectedTenant(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(_options.TenantId))
        {
            // Without authentication the tenant is whatever the local client claims; with it, no tenant means refuse.
            return _options.AuthenticationDisabled;
        }

        var tenant = activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id;
        return string.Equals(tenant, _options.TenantId, StringComparison.OrdinalIgnoreCase);
    }
}
