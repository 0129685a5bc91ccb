using System.Text;
using System.Threading.Channels;

namespace CertBot.Lab.Node;

/// <summary>
/// The raw byte dialogue with the client. The terminal (when there is one) is in raw mode, so this class
/// echoes typed characters itself, writes <c>\r\n</c> line ends itself and sees Ctrl-C (0x03) as a byte:
/// the client sees the same bytes through a PTY or through pipes.
/// </summary>
internal sealed class Terminal
{
    private const int InterruptKey = -2;
    private const byte CtrlC = 0x03;
    private readonly Stream input;
    private readonly Stream output;
    private readonly Channel<int> keys = Channel.CreateUnbounded<int>();
    private CancellationTokenSource? interruptible;
    private bool pendingLineEnd;
    private bool skipLineFeed;
    private int pendingInterrupts;

    public Terminal(Stream input, Stream output)
    {
        this.input = input;
        this.output = output;
    }

    /// <summary>Starts reading input in the background (so Ctrl-C is seen while a command prints).</summary>
    public void Start() => _ = Task.Run(PumpAsync);

    /// <summary>The command that Ctrl-C cancels now (null at the prompt).</summary>
    public void SetInterruptible(CancellationTokenSource? source) => Volatile.Write(ref interruptible, source);

    /// <summary>Writes text, first ending a line left open by <see cref="WriteLineAsync"/>.</summary>
    public async Task WriteAsync(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(pendingLineEnd ? "\r\n" + text : text);
        pendingLineEnd = false;
        await output.WriteAsync(bytes);
        await output.FlushAsync();
    }

    /// <summary>Writes a line; its line end is sent with the next write (a prompt may replace it by ESC[K).</summary>
    public async Task WriteLineAsync(string line)
    {
        await WriteAsync(line);
        pendingLineEnd = true;
    }

    /// <summary>Writes the prompt, preceded by the pending line end or, when asked, by ESC[K instead of it.</summary>
    public async Task WritePromptAsync(string prompt, bool eraseLine)
    {
        var prefix = eraseLine ? "\u001b[K" : pendingLineEnd ? "\r\n" : "";
        pendingLineEnd = false;
        await WriteAsync(prefix + prompt);
    }

    /// <summary>Sends any line end still pending.</summary>
    public async Task FinishAsync()
    {
        if (pendingLineEnd)
        {
            await WriteAsync("");
        }
    }

    /// <summary>
    /// Reads one line ended by \r or \n (a \n right after \r belongs to the same end). Returns null at end of
    /// input; throws <see cref="OperationCanceledException"/> on Ctrl-C or cancellation.
    /// </summary>
    public async Task<string?> ReadLineAsync(bool echo, CancellationToken cancellationToken)
    {
        var line = new List<byte>();
        while (true)
        {
            var key = await ReadKeyAsync(cancellationToken);
            switch (key)
            {
                case null:
                    return null;
                case InterruptKey:
                    throw new OperationCanceledException("interrupted");
                case '\r' or '\n':
                    await WriteAsync("\r\n");
                    return Encoding.UTF8.GetString(line.ToArray());
                case 0x7F or 0x08:
                    if (line.Count > 0)
                    {
                        line.RemoveAt(line.Count - 1);
                        await EchoAsync(echo, "\b \b");
                    }

                    break;
                case >= 0x20 or '\t':
                    line.Add((byte)key.Value);
                    await EchoAsync(echo, ((char)key.Value).ToString());
                    break;
                default:
                    break;  // other control bytes (arrow-key escapes) are ignored, as a line editor would
            }
        }
    }

    /// <summary>Reads one key without echo (the pager); null at end of input.</summary>
    public async Task<int?> ReadKeyAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (!await keys.Reader.WaitToReadAsync(cancellationToken))
            {
                return null;
            }

            if (!keys.Reader.TryRead(out var key))
            {
                continue;
            }

            if (skipLineFeed && key == '\n')
            {
                skipLineFeed = false;
                continue;
            }

            if (key == InterruptKey)
            {
                Interlocked.Decrement(ref pendingInterrupts);
            }

            skipLineFeed = key == '\r';
            return key;
        }
    }

    /// <summary>After a command was aborted by Ctrl-C: drops what was typed up to that Ctrl-C.</summary>
    public void DiscardThroughInterrupt()
    {
        while (Volatile.Read(ref pendingInterrupts) > 0 && keys.Reader.TryRead(out var key))
        {
            if (key == InterruptKey)
            {
                Interlocked.Decrement(ref pendingInterrupts);
                return;
            }
        }
    }

    private async Task EchoAsync(bool echo, string text)
    {
        if (echo)
        {
            // Raw bytes: multi-byte UTF-8 input is echoed byte by byte, as a terminal would pass it through.
            var bytes = text.Length == 1 && text[0] < 0x100 ? [(byte)text[0]] : Encoding.UTF8.GetBytes(text);
            await output.WriteAsync(bytes);
            await output.FlushAsync();
        }
    }

    private async Task PumpAsync()
    {
        var buffer = new byte[4096];
        try
        {
            while (true)
            {
                var read = await input.ReadAsync(buffer);
                if (read == 0)
                {
                    break;
                }

                for (var i = 0; i < read; i++)
                {
                    if (buffer[i] != CtrlC)
                    {
                        keys.Writer.TryWrite(buffer[i]);
                        continue;
                    }

                    // In order with the other keys (what was typed before Ctrl-C belongs to the aborted line),
                    // and at once for a command that is busy printing rather than reading.
                    Interlocked.Increment(ref pendingInterrupts);
                    keys.Writer.TryWrite(InterruptKey);
                    Volatile.Read(ref interruptible)?.Cancel();
                }
            }
        }
        catch (IOException)
        {
            // The client went away: treated as end of input below.
        }
        catch (ObjectDisposedException)
        {
        }

        keys.Writer.TryComplete();
    }
}
