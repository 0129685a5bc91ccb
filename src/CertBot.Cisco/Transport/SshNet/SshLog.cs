using Microsoft.Extensions.Logging;

namespace CertBot.Cisco.Transport.SshNet;

/// <summary>The transport's log messages. Never a secret.</summary>
internal static partial class SshLog
{
    [LoggerMessage(101, LogLevel.Debug, "SSH.NET {Source}: {Message} {Error}")]
    public static partial void LibraryMessage(ILogger logger, string source, string message, string? error);
}
