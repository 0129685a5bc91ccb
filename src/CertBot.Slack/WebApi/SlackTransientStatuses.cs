using System.Net;

namespace CertBot.Slack.WebApi;

/// <summary>
/// What Slack documents as "try later": 429 with <c>Retry-After</c> seconds (its rate limits,
/// docs.slack.dev/apis/web-api/rate-limits) and the 5xx of an outage. Everything else, <c>ok:false</c> included,
/// is an answer and is not retried.
/// </summary>
internal static class SlackTransientStatuses
{
    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}
