using CertBot.Cisco.Transport.SshNet;
using Microsoft.Extensions.Logging;

namespace CertBot.Cisco.Tests.Transport;

public sealed class SshNetLogForwarderTests
{
    [Fact]
    public void LibraryMessages_ArriveAtDebugInCertBotsCategory_AndTracePacketDumpsNever()
    {
        var sink = new RecordingLoggers();
        using var forwarder = new SshNetLogForwarder(sink);
        var session = forwarder.CreateLogger("Renci.SshNet.Session");

        session.LogTrace("[1] Sending message SSH_MSG_CHANNEL_DATA(94) to server: 'the-secret-answer'.");
        session.LogInformation("[1] Disconnecting session.");
        session.LogError(new InvalidOperationException("socket closed"), "Error sending keepalive message");

        Assert.Equal(2, sink.Entries.Count);
        Assert.All(sink.Entries, e => Assert.Equal(("CertBot.Cisco.Ssh", LogLevel.Debug), (e.Category, e.Level)));
        Assert.Contains("Renci.SshNet.Session: [1] Disconnecting session.", sink.Entries[0].Message, StringComparison.Ordinal);
        Assert.Contains("socket closed", sink.Entries[1].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(sink.Entries, e => e.Message.Contains("the-secret-answer", StringComparison.Ordinal));
    }

    [Fact]
    public void NothingIsFormatted_WhenCertBotsDebugLogIsOff()
    {
        var sink = new RecordingLoggers { Minimum = LogLevel.Information };
        using var forwarder = new SshNetLogForwarder(sink);

        var session = forwarder.CreateLogger("Renci.SshNet.Session");
        session.LogWarning("Key exchange took long");

        Assert.False(session.IsEnabled(LogLevel.Critical));
        Assert.Empty(sink.Entries);
    }

    private sealed class RecordingLoggers : ILoggerFactory
    {
        public LogLevel Minimum { get; init; } = LogLevel.Trace;

        public List<(string Category, LogLevel Level, string Message)> Entries { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

        public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException();

        public void Dispose()
        {
            // Nothing held.
        }

        private sealed class Recorder(RecordingLoggers owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= owner.Minimum;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Entries.Add((category, logLevel, formatter(state, exception)));
        }
    }
}
