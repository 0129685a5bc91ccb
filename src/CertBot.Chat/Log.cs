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

    [LoggerMessage(EventId = 4050, Level = LogLevel.Information, Message = "Expiry watch of {Cluster}: quiet hours until {QuietEnds}; nothing posted before")]
    public static partial void WatchQuiet(ILogger logger, string cluster, DateTimeOffset quietEnds);

    [LoggerMessage(EventId = 4051, Level = LogLevel.Warning, Message = "Expiry watch: {Node} could not be read ({Reason}); its certificates are looked at next time")]
    public static partial void WatchNodeNotRead(ILogger logger, string node, string reason);

    [LoggerMessage(EventId = 4052, Level = LogLevel.Warning, Message = "Expiry watch of {Cluster}: the post to {Channel} failed")]
    public static partial void WatchPostFailed(ILogger logger, string cluster, string channel, Exception exception);

    [LoggerMessage(EventId = 4053, Level = LogLevel.Information, Message = "Expiry watch of {Cluster}: band {Band} announced {Count} certificate(s) in {Channels} channel(s)")]
    public static partial void WatchAnnounced(ILogger logger, string cluster, int? band, int count, int channels);

    [LoggerMessage(EventId = 4054, Level = LogLevel.Warning, Message = "Expiry watch of {Cluster} failed; tried again on the next look")]
    public static partial void WatchFailed(ILogger logger, string cluster, Exception exception);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Warning, Message = "The copy of gate {GateId} for {Principal} could not be posted in their personal chat; the thread's card still stands")]
    public static partial void CopyFailed(ILogger logger, Guid gateId, string principal, Exception exception);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Information, Message = "No direct conversation with {Principal} could be opened: {Reason}")]
    public static partial void DirectRefused(ILogger logger, string principal, string reason);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Warning, Message = "Open gates could not be sent to {Principal}, who just wrote to the bot")]
    public static partial void LateCopiesFailed(ILogger logger, string principal, Exception exception);

    [LoggerMessage(EventId = 4013, Level = LogLevel.Warning, Message = "The roster of {Conversation} could not be read ({Reason}); their ids stay unknown until they write to the bot")]
    public static partial void RosterFailed(ILogger logger, string conversation, string reason);
}
