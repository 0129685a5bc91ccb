using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

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

    public static ResiliencePipeline<HttpResponseMessage> Create(SlackOptions options, TimeProvider time, ILogger logger)
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
            DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, options.MaxRetryAfter)),
            OnRetry = args =>
            {
                if (args.Outcome.Result is { } response)
                {
                    Log.ApiRetry(logger, response.RequestMessage?.RequestUri?.AbsolutePath ?? "?", (int)response.StatusCode,
                        args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds);

                    // The refused answer is never read: give its connection back now.
                    response.Dispose();
                }

                return ValueTask.CompletedTask;
            },
        }).Build();
    }

    /// <summary>The wait Slack asked for, capped; null to use the backoff.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan cap)
    {
        if (response?.Headers.RetryAfter?.Delta is not { } wait)
        {
            return null;
        }

        return wait <= TimeSpan.Zero ? TimeSpan.Zero : (wait > cap ? cap : wait);
    }
}
