using System.Net;
using Polly;
using Polly.Retry;

namespace CertBot.Chat.WebApi;

/// <summary>
/// The retry both chat platforms' web APIs ask for: try again on the statuses the platform calls transient,
/// waiting what <c>Retry-After</c> says (seconds or a date, capped) and an exponential backoff with jitter
/// otherwise. Every other answer is final. Each front keeps its own list of transient statuses.
/// </summary>
public static class WebApiRetry
{
    /// <param name="onRetry">Told of each refused answer (with the attempt number and the wait) before it is disposed.</param>
    public static ResiliencePipeline<HttpResponseMessage> Create(
        int maxRetries, TimeSpan baseDelay, TimeSpan maxRetryAfter, Func<HttpStatusCode, bool> isTransient,
        TimeProvider time, Action<HttpResponseMessage, int, TimeSpan> onRetry)
    {
        ArgumentNullException.ThrowIfNull(isTransient);
        ArgumentNullException.ThrowIfNull(onRetry);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (maxRetries <= 0)
        {
            return builder.Build();
        }

        return builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { } r && isTransient(r.StatusCode)),
            MaxRetryAttempts = maxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = baseDelay,
            DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, maxRetryAfter, time)),
            OnRetry = args =>
            {
                if (args.Outcome.Result is { } response)
                {
                    onRetry(response, args.AttemptNumber + 1, args.RetryDelay);

                    // The refused answer is never read: give its connection back now.
                    response.Dispose();
                }

                return ValueTask.CompletedTask;
            },
        }).Build();
    }

    /// <summary>The wait the server asked for (seconds or a date), capped; null to use the backoff.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan cap, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var header = response?.Headers.RetryAfter;
        TimeSpan? asked = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
        if (asked is not { } wait)
        {
            return null;
        }

        return wait <= TimeSpan.Zero ? TimeSpan.Zero : (wait > cap ? cap : wait);
    }
}
