using Microsoft.Extensions.Logging;

namespace CertBot.Teams;

/// <summary>Every log line of the Teams protocol, with fixed property names. Never a token, never a message body.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Inbound Connector request refused: {Reason}")]
    public static partial void TokenRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information,
        Message = "Connector {Method} {Route} answered {StatusCode}; retry {Attempt} in {DelayMs} ms")]
    public static partial void ConnectorRetry(ILogger logger, string method, string route, int statusCode, int attempt, double delayMs);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning,
        Message = "Connector {Method} {Route} failed with {StatusCode} ({ErrorCode})")]
    public static partial void ConnectorFailed(ILogger logger, string method, string route, int statusCode, string? errorCode);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "A {ActivityType} activity carries no aadObjectId; not acted on")]
    public static partial void NoIdentity(ILogger logger, string activityType);

    // 5005 was a failed background turn: the chat core's work queue logs those now.

    [LoggerMessage(EventId = 5007, Level = LogLevel.Warning, Message = "A {ActivityType} activity was accepted but its answer could not be sent to the Connector")]
    public static partial void AnswerNotSent(ILogger logger, string activityType, Exception exception);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Information, Message = "POST /api/messages refused with {StatusCode}: {Reason}")]
    public static partial void Refused(ILogger logger, int statusCode, string reason);
}
