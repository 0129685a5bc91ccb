using System.Diagnostics;
using System.Text;
using System.Threading.Channels;

namespace CertBot.Cisco.Transport.OpenSsh;

/// <summary>
/// An <c>ssh -tt</c> child process as a shell. A background pump decodes stdout into a queue so every read
/// can be cancelled (timeouts, quiet periods) without losing data; stderr is kept (bounded) for diagnostics.
/// </summary>
public sealed class OpenSshChannel : ICliChannel
{
    private const int DiagnosticsLimit = 16 * 1024;
    private readonly Process _process;
    private readonly string _knownHostsFile;
    private readonly Channel<string> _output = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly StringBuilder _diagnostics = new();
    private readonly Task _pump;
    private readonly Task _errors;
    private bool _disposed;

    public OpenSshChannel(Process process, string knownHostsFile)
    {
        _process = process ?? throw new ArgumentNullException(nameof(process));
        _knownHostsFile = knownHostsFile;
        _pump = Task.Run(PumpAsync);
        _errors = Task.Run(ReadErrorsAsync);
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
        try
        {
            await _process.StandardInput.WriteAsync(text.AsMemory(), cancellationToken);
            await _process.StandardInput.FlushAsync(cancellationToken);
        }
        catch (IOException)
        {
            // The child is gone; the next read reports the closure with its diagnostics.
        }
    }

    public async Task<ChannelClosure> GetClosureAsync(CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await _process.WaitForExitAsync(wait.Token);
            await _errors.WaitAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Still running although stdout closed: report what we have.
        }

        lock (_diagnostics)
        {
            return new ChannelClosure(_process.HasExited ? _process.ExitCode : null, _diagnostics.ToString().Trim());
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            _process.StandardInput.Close();
        }
        catch (IOException)
        {
            // Already closed by the other side.
        }

        using (var grace = new CancellationTokenSource(TimeSpan.FromSeconds(3)))
        {
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill();
            }
        }

        await Task.WhenAll(_pump, _errors).WaitAsync(TimeSpan.FromSeconds(3)).ContinueWith(_ => { }, TaskScheduler.Default);
        _process.Dispose();
        TryDelete(_knownHostsFile);
    }

    private async Task PumpAsync()
    {
        var decoder = new UTF8Encoding(false).GetDecoder();
        var bytes = new byte[16 * 1024];
        var chars = new char[bytes.Length + 8];
        var stream = _process.StandardOutput.BaseStream;
        try
        {
            int n;
            while ((n = await stream.ReadAsync(bytes)) > 0)
            {
                var count = decoder.GetChars(bytes, 0, n, chars, 0, flush: false);
                if (count > 0)
                {
                    _output.Writer.TryWrite(new string(chars, 0, count));
                }
            }
        }
        catch (IOException)
        {
            // The pipe broke with the process: same as end of output.
        }
        catch (ObjectDisposedException)
        {
            // Disposed while reading.
        }
        finally
        {
            _output.Writer.TryComplete();
        }
    }

    private async Task ReadErrorsAsync()
    {
        var buffer = new char[4096];
        try
        {
            int n;
            while ((n = await _process.StandardError.ReadAsync(buffer)) > 0)
            {
                lock (_diagnostics)
                {
                    if (_diagnostics.Length < DiagnosticsLimit)
                    {
                        _diagnostics.Append(buffer, 0, Math.Min(n, DiagnosticsLimit - _diagnostics.Length));
                    }
                }
            }
        }
        catch (IOException)
        {
            // Closed with the process.
        }
        catch (ObjectDisposedException)
        {
            // Disposed while reading.
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The private directory is removed later anyway.
        }
    }
}
