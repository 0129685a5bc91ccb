using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

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

    public static ResiliencePipeline<HttpResponseMessage> Create(ConnectorClientOptions options, TimeProvider time, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (options.MaxRetries <= 0)
        {
            return builder.Build();
        }

        return builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { } r && IsTransient(r.StatusCode)),
            MaxRetryAttempts = options.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.BaseDelay,
            DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, options.MaxRetryAfter, time)),
            OnRetry = args =>
            {
                if (args.Outcome.Result is { } response)
                {
                    var request = response.RequestMessage;
                    Log.ConnectorRetry(
                        logger, request?.Method.Method ?? "?", request?.RequestUri?.AbsolutePath ?? "?",
                        (int)response.StatusCode, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds);

                    // The retried response is never read: release its connection now.
                    response.Dispose();
                }

                return ValueTask.CompletedTask;
            },
        }).Build();
    }

    /// <summary>The wait the server asked for (seconds or a date), capped; null to use the backoff.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan cap, TimeProvider time)
    {
        var header = response?.Headers.RetryAfter;
        TimeSpan? asked = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
        if (asked is not { } wait)
        {
            return null;
        }

        return wait <= TimeSpan.Zero ? TimeSpan.Zero : (wait > cap ? cap : wait);
    }
}
