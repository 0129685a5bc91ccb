using Microsoft.Extensions.Logging;

namespace CertBot.Cisco.Sessions;

/// <summary>The session's log messages. Never a secret, never raw output (it may hold one).</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "{Node}: logged in as {User} in {ElapsedMs} ms")]
    public static partial void LoggedIn(ILogger logger, string node, string user, long elapsedMs);

    [LoggerMessage(2, LogLevel.Debug, "{Node}: > {Command}")]
    public static partial void Sending(ILogger logger, string node, string command);

    [LoggerMessage(3, LogLevel.Debug, "{Node}: {Command} answered in {ElapsedMs} ms ({Characters} characters)")]
    public static partial void Completed(ILogger logger, string node, string command, long elapsedMs, int characters);

    [LoggerMessage(4, LogLevel.Information, "{Node}: {Command}: answered the question '{Question}'")]
    public static partial void Answered(ILogger logger, string node, string command, string question);

    [LoggerMessage(5, LogLevel.Warning, "{Node}: {Command} failed: {Failure}")]
    public static partial void Failed(ILogger logger, string node, string command, string failure);

    [LoggerMessage(6, LogLevel.Warning, "{Node}: the session was lost; logging in again for the read-only command {Command}")]
    public static partial void Reopening(ILogger logger, string node, string command);
}
