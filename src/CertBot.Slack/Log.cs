using Microsoft.Extensions.Logging;

namespace CertBot.Slack;

/// <summary>Every log line of the Slack front, with fixed property names. Never a secret, a token or a message body.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "Slack request to {Path} refused: {Reason}")]
    public static partial void Refused(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information,
        Message = "Slack {Route} answered {StatusCode}; retry {Attempt} in {DelayMs} ms")]
    public static partial void ApiRetry(ILogger logger, string route, int statusCode, int attempt, double delayMs);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "Slack {Method} failed with {StatusCode} ({Error})")]
    public static partial void ApiFailed(ILogger logger, string method, int statusCode, string? error);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Debug, Message = "Slack event retry {RetryNum} of {EventId} acknowledged ({Reason})")]
    public static partial void RetryAcknowledged(ILogger logger, string retryNum, string? eventId, string? reason);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Warning, Message = "Slack {Kind} refused by the full work queue, and the busy answer failed too")]
    public static partial void BusyReplyFailed(ILogger logger, string kind, Exception exception);

    [LoggerMessage(EventId = 6007, Level = LogLevel.Warning, Message = "Slack front without {Missing}: {Consequence}")]
    public static partial void NotConfigured(ILogger logger, string missing, string consequence);

    [LoggerMessage(EventId = 6008, Level = LogLevel.Warning, Message = "The CSR of {Node} was not shared as a file ({Error}); the message carries it in parts")]
    public static partial void CsrFileFailed(ILogger logger, string node, string error);
}
