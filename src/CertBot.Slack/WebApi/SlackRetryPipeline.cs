using System.Net;
using CertBot.Chat.WebApi;
using Microsoft.Extensions.Logging;
using Polly;

namespace CertBot.Slack.WebApi;

/// <summary>
/// Retries what Slack documents as "try later": 429 with <c>Retry-After</c> seconds (its rate limits,
/// docs.slack.dev/apis/web-api/rate-limits) and the 5xx of an outage, with exponential backoff when no wait is
/// given. Everything else, <c>ok:false</c> included, is an answer and is not retried.
/// </summary>
internal static class SlackRetryPipeline
{
    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    public static ResiliencePipeline<HttpResponseMessage> Create(SlackOptions options, TimeProvider time, ILogger logger) =>
        WebApiRetry.Create(options.MaxRetries, options.BaseDelay, options.MaxRetryAfter, IsTransient, time, (response, attempt, wait) =>
            Log.ApiRetry(logger, response.RequestMessage?.RequestUri?.AbsolutePath ?? "?", (int)response.StatusCode, attempt, wait.TotalMilliseconds));
}
