namespace CertBot.Chat.WebApi;

/// <summary>How patiently a front retries its platform's web API (<see cref="WebApiRetry"/>).</summary>
/// <param name="MaxRetries">Retries after the first attempt; 0 sends once.</param>
/// <param name="BaseDelay">The first backoff when the answer says no Retry-After; doubled each time, with jitter.</param>
/// <param name="MaxRetryAfter">The longest wait honoured; a longer Retry-After is cut to this.</param>
public sealed record WebApiRetryPolicy(int MaxRetries, TimeSpan BaseDelay, TimeSpan MaxRetryAfter);
