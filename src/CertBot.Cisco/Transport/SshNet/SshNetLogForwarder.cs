using Microsoft.Extensions.Logging;

namespace CertBot.Cisco.Transport.SshNet;

/// <summary>
/// The logger factory SSH.NET is given: its messages go to CertBot's own log (category
/// <c>CertBot.Cisco.Ssh</c>) at Debug, whatever level SSH.NET chose. SSH.NET's Trace messages are dropped:
/// they dump every packet, and channel data carries what is typed at the node, answers to password questions included.
/// </summary>
public sealed class SshNetLogForwarder(ILoggerFactory loggers) : ILoggerFactory
{
    private readonly ILogger _target = loggers.CreateLogger("CertBot.Cisco.Ssh");

    /// <summary>Every SSH.NET category writes to the one CertBot logger, naming its source.</summary>
    public ILogger CreateLogger(string categoryName) => new Forwarder(_target, categoryName);

    /// <summary>Refused: SSH.NET's log has one destination.</summary>
    public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException("SSH.NET's log goes to CertBot's logging only.");

    public void Dispose()
    {
        // The target factory belongs to the host.
    }

    private sealed class Forwarder(ILogger target, string source) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel > LogLevel.Trace && target.IsEnabled(LogLevel.Debug);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                SshLog.LibraryMessage(target, source, formatter(state, exception), exception?.Message);
            }
        }
    }
}
