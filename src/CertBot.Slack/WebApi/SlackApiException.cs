namespace CertBot.Slack.WebApi;

/// <summary>
/// A Web API call that failed: Slack's own <c>ok:false</c> answer (<see cref="Error"/> is its code, e.g.
/// <c>channel_not_found</c>, <c>not_in_channel</c>, <c>invalid_blocks</c>), or an HTTP failure (<c>http_503</c>) after
/// the retries. Carries the method, never the token or the message.
/// </summary>
public sealed class SlackApiException : Exception
{
    public SlackApiException(string method, string error, int statusCode, IReadOnlyList<string>? details = null)
        : base($"Slack {method} failed: {error}" + (details is { Count: > 0 } ? $" ({string.Join("; ", details)})" : ""))
    {
        Method = method;
        Error = error;
        StatusCode = statusCode;
        Details = details ?? [];
    }

    public SlackApiException()
        : this("?", "unknown", 0)
    {
    }

    public SlackApiException(string message)
        : this("?", message, 0)
    {
    }

    public SlackApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Method = "?";
        Error = "unknown";
        Details = [];
    }

    /// <summary>The Web API method, e.g. <c>chat.update</c>.</summary>
    public string Method { get; }

    /// <summary>Slack's error code, or <c>http_&lt;status&gt;</c>.</summary>
    public string Error { get; }

    /// <summary>The HTTP status (200 for <c>ok:false</c>).</summary>
    public int StatusCode { get; }

    /// <summary>What Slack added (<c>response_metadata.messages</c>, e.g. which block was invalid).</summary>
    public IReadOnlyList<string> Details { get; }

    /// <summary>Slack still refused after the retries because of its rate limit.</summary>
    public bool IsRateLimited => StatusCode == 429 || Error == "ratelimited";
}
