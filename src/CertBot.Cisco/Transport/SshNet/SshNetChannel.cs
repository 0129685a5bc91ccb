using System.Text;
using System.Threading.Channels;
using Renci.SshNet;
using Renci.SshNet.Common;

namespace CertBot.Cisco.Transport.SshNet;

/// <summary>
/// A PTY shell over SSH.NET's <see cref="ShellStream"/>. One pump thread reads the stream (its reads block) and
/// queues decoded text, so every read of the session can be cancelled (deadlines, quiet periods) without losing
/// output. Disposing closes the connection, then the stream, which ends the pump.
/// </summary>
internal sealed class SshNetChannel : ICliChannel
{
    private readonly SshClient _client;
    private readonly ShellStream _shell;
    private readonly Channel<string> _output = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly Thread _pump;
    private string? _error;
    private int _disposed;

    public SshNetChannel(SshClient client, ShellStream shell, string node)
    {
        _client = client;
        _shell = shell;
        _shell.ErrorOccurred += OnError;
        _pump = new Thread(Pump) { IsBackground = true, Name = $"ssh shell {node}" };
        _pump.Start();
    }

    public async ValueTask<string?> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _output.Reader.ReadAsync(cancellationToken);
        }
        catch (ChannelClosedException)
        {
            return null;
        }
    }

    public async ValueTask WriteAsync(string text, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            // Write + Flush send one channel data message; SSH.NET blocks only while the window is full.
            await Task.Run(() => _shell.Write(text), cancellationToken);
        }
        catch (Exception e) when (e is ObjectDisposedException or SshException or InvalidOperationException)
        {
            // The shell is gone; the next read reports the end.
            _error ??= e.Message;
        }
    }

    public Task<ChannelClosure> GetClosureAsync(CancellationToken cancellationToken)
    {
        var reason = _error ?? (_client.IsConnected ? "the node closed the shell" : "the connection was closed");
        return Task.FromResult(new ChannelClosure(null, reason));
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _shell.ErrorOccurred -= OnError;
        // The connection goes first, the shell after. Disposing the shell while the node closes the channel
        // deadlocks SSH.NET: the shell holds its own lock and waits for the channel's, while the receive thread,
        // closing the channel, holds the channel's lock and waits for the shell's. Once the connection is closed
        // nobody closes the channel concurrently; the shell's disposal then wakes the pump, which ends.
        await ClientRelease.ReleaseAsync(_client);
        await ClientRelease.ReleaseAsync(_shell);
        _pump.Join(ClientRelease.Limit);
    }

    private void OnError(object? sender, ExceptionEventArgs e) => _error ??= e.Exception.Message;

    private void Pump()
    {
        var decoder = new UTF8Encoding(false).GetDecoder();
        var bytes = new byte[16 * 1024];
        var chars = new char[bytes.Length + 8];
        try
        {
            int n;
            // ShellStream.Read blocks until data arrives and returns 0 once the channel closed or the stream was disposed.
            while ((n = _shell.Read(bytes, 0, bytes.Length)) > 0)
            {
                var count = decoder.GetChars(bytes, 0, n, chars, 0, flush: false);
                if (count > 0)
                {
                    _output.Writer.TryWrite(new string(chars, 0, count));
                }
            }
        }
        catch (Exception e) when (e is ObjectDisposedException or SshException)
        {
            _error ??= e.Message;
        }
        finally
        {
            _output.Writer.TryComplete();
        }
    }
}
