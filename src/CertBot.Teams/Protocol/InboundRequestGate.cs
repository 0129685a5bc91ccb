using CertBot.Teams.Protocol.Authentication;
using Microsoft.AspNetCore.Http;

namespace CertBot.Teams.Protocol;

/// <summary>
/// Everything <c>POST /api/messages</c> must check before CertBot acts on a request, in the order that leaks
/// least: a missing token is refused (401) before the body is read; a body that is too large or not an
/// activity is refused (400); then the token is checked against the activity's channel and service URL (401).
/// The endpoint on top of this only dispatches admitted activities.
/// </summary>
public sealed class InboundRequestGate
{
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
        var authentication = await _validator.ValidateAsync(
            authorization.Length == 0 ? null : authorization, activity.ChannelId, activity.ServiceUrl, cancellationToken);
        if (!authentication.Succeeded)
        {
            return InboundRequest.Unauthorized(authentication.Failure ?? "Invalid token.");
        }

        return FromExpectedTenant(activity)
            ? InboundRequest.Admit(activity, authentication)
            : InboundRequest.Unauthorized($"The activity is not from tenant {_options.TenantId}.");
    }

    /// <summary>The conversation's tenant, or channelData's for activities that carry it only there (§1.1).</summary>
    private bool FromExpectedTenant(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(_options.TenantId))
        {
            return true;
        }

        var tenant = activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id;
        return string.Equals(tenant, _options.TenantId, StringComparison.OrdinalIgnoreCase);
    }
}
