using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace CertBot.Chat.WebApi;

/// <summary>
/// The retry both chat platforms' web APIs ask for, as the standard HTTP resilience handler
/// (Microsoft.Extensions.Http.Resilience) in the front's HttpClient: try again on the statuses the platform calls
/// transient, waiting what <c>Retry-After</c> says (seconds or a date, read by the handler; cut to
/// <see cref="WebApiRetryPolicy.MaxRetryAfter"/>), an exponential backoff with jitter otherwise. Every other
/// answer, and every exception, is final: a post that may have arrived is not sent twice. Each front keeps its own
/// list of transient statuses and its own log line.
/// </summary>
public static class WebApiRetry
{
    /// <param name="policy">How patiently, read from the front's options when the client is first built.</param>
    /// <param name="isTransient">The platform's "try again later" statuses.</param>
    /// <param name="onRetry">Told of each refused answer (logger, answer, attempt number from 1, the wait) before it is disposed.</param>
    public static IHttpClientBuilder AddWebApiRetry(
        this IHttpClientBuilder client,
        Func<IServiceProvider, WebApiRetryPolicy> policy,
        Func<HttpStatusCode, bool> isTransient,
        Action<ILogger, HttpResponseMessage, int, TimeSpan> onRetry)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(isTransient);
        ArgumentNullException.ThrowIfNull(onRetry);
        client.AddResilienceHandler("web-api-retry", (pipeline, context) =>
        {
            var services = context.ServiceProvider;
            var settings = policy(services);
            if (settings.MaxRetries <= 0)
            {
                return;
            }

            pipeline.TimeProvider = services.GetService<TimeProvider>() ?? TimeProvider.System;
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WebApiRetry).FullName!);
            pipeline.AddRetry(Options(settings, isTransient, (response, attempt, wait) => onRetry(logger, response, attempt, wait)));
        });
        return client;
    }

    /// <summary>The handler's retry options with the platform's statuses and the cap on Retry-After.</summary>
    internal static HttpRetryStrategyOptions Options(
        WebApiRetryPolicy settings, Func<HttpStatusCode, bool> isTransient, Action<HttpResponseMessage, int, TimeSpan> onRetry)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = new HttpRetryStrategyOptions
        {
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { } r && isTransient(r.StatusCode)),
            MaxRetryAttempts = settings.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = settings.BaseDelay,
            ShouldRetryAfterHeader = true,
            OnRetry = args =>
            {
                if (args.Outcome.Result is { } response)
                {
                    onRetry(response, args.AttemptNumber + 1, args.RetryDelay);
                }

                return ValueTask.CompletedTask;
            },
        };

        // The handler reads Retry-After (seconds or a date) and falls back to the backoff; a wait longer than the
        // cap is cut so one answer cannot hold a run's progress for minutes.
        var readRetryAfter = options.DelayGenerator!;
        options.DelayGenerator = async args =>
        {
            var wait = await readRetryAfter(args);
            return wait > settings.MaxRetryAfter ? settings.MaxRetryAfter : wait;
        };
        return options;
    }
}
