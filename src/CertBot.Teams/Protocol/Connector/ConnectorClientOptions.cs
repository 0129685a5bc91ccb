using CertBot.Chat.WebApi;

namespace CertBot.Teams.Protocol.Connector;

/// <summary>How patiently the Connector client retries (chat-protocols.md §4: 429, 412, 502 and 504 are transient).</summary>
public sealed class ConnectorClientOptions
{
    /// <summary>Retries after the first attempt.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff when the answer carries no Retry-After; doubled each time, with jitter (2, 4, 8 s).</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest Retry-After honoured; a longer one is cut to this so a run's progress is not held for minutes.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    internal WebApiRetryPolicy Retry => new(MaxRetries, BaseDelay, MaxRetryAfter);
}
