using System.Net;
using CertBot.Chat.WebApi;
using Microsoft.Extensions.Logging;
using Polly;

namespace CertBot.Teams.Protocol.Connector;

/// <summary>
/// Retries the answers Teams documents as transient (429, 412, 502, 504: rate-limit.md), waiting what
/// Retry-After asks when it says, else an exponential backoff with jitter. Other failures are final.
/// </summary>
internal static class ConnectorRetryPipeline
{
    private static readonly HashSet<HttpStatusCode> Transient =
    [
        HttpStatusCode.TooManyRequests, HttpStatusCode.PreconditionFailed, HttpStatusCode.BadGateway, HttpStatusCode.GatewayTimeout,
    ];

    public static bool IsTransient(HttpStatusCode status) => Transient.Contains(status);

    public static ResiliencePipeline<HttpResponseMessage> Create(ConnectorClientOptions options, TimeProvider time, ILogger logger) =>
        WebApiRetry.Create(options.MaxRetries, options.BaseDelay, options.MaxRetryAfter, IsTransient, time, (response, attempt, wait) =>
        {
            var request = response.RequestMessage;
            Log.ConnectorRetry(logger, request?.Method.Method ?? "?", request?.RequestUri?.AbsolutePath ?? "?",
                (int)response.StatusCode, attempt, wait.TotalMilliseconds);
        });

    /// <summary>The wait the server asked for (seconds or a date), capped; null to use the backoff.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan cap, TimeProvider time) =>
        WebApiRetry.RetryAfter(response, cap, time);
}
