using Microsoft.Extensions.Logging;

namespace CertBot.Chat;

/// <summary>Every log line of the chat core, with fixed property names. Never a message body.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Inbound {InboundId} was handled before; ignored")]
    public static partial void Duplicate(ILogger logger, string inboundId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Node {Node} could not be read for a chat request: {Reason}")]
    public static partial void NodeFailed(ILogger logger, string node, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Delivery of run {RunId} to its thread failed; retried on the next pass")]
    public static partial void DeliveryFailed(ILogger logger, Guid runId, Exception exception);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Delivery pass failed; retried after the interval")]
    public static partial void PassFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Information, Message = "Run {RunId} has no chat thread; its {Count} event(s) are not posted")]
    public static partial void NoThread(ILogger logger, Guid runId, int count);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Error, Message = "The thread of run {RunId} cannot be reached after {Failures} failed deliveries; the run is flagged (journal, certbot show)")]
    public static partial void ThreadUnreachable(ILogger logger, Guid runId, int failures);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Error, Message = "A chat request from {Principal} failed; the person was told")]
    public static partial void CommandFailed(ILogger logger, string principal, Exception exception);

    [LoggerMessage(EventId = 4040, Level = LogLevel.Warning, Message = "Work queue full: {Kind} from {Principal} refused, the person is asked to try again")]
    public static partial void QueueFull(ILogger logger, string kind, string principal);

    [LoggerMessage(EventId = 4041, Level = LogLevel.Error, Message = "Background {Kind} for {Principal} failed")]
    public static partial void WorkFailed(ILogger logger, string kind, string principal, Exception exception);
}
