using System.Text;
using System.Threading.Channels;
using CertBot.Cisco.Transport;

namespace CertBot.Cisco.Tests.Sessions;

/// <summary>
/// A fake shell for the session's unit tests: echoes what is typed like a PTY and answers each line through a
/// script. Everything written is recorded so tests can see what the session sent.
/// </summary>
internal sealed class ScriptedNode : ICliChannel
{
    private readonly Channel<string> _output = Channel.CreateUnbounded<string>();
    private readonly Func<string, ScriptedNode, IEnumerable<string>> _script;
    private readonly StringBuilder _line = new();

    public ScriptedNode(Func<string, ScriptedNode, IEnumerable<string>> script, params string[] banner)
    {
        _script = script;
        foreach (var chunk in banner)
        {
            Emit(chunk);
        }
    }

    public List<string> Lines { get; } = [];

    public StringBuilder Written { get; } = new();

    public ChannelClosure Closure { get; set; } = new(0, "");

    public bool Disposed { get; private set; }

    public void Emit(string chunk) => _output.Writer.TryWrite(chunk);

    public void Close() => _output.Writer.TryComplete();

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

    public ValueTask WriteAsync(string text, CancellationToken cancellationToken)
    {
        Written.Append(text);
        foreach (var c in text)
        {
            if (c != '\r')
            {
                _line.Append(c);
                continue;
            }

            var line = _line.ToString();
            _line.Clear();
            Lines.Add(line);
            Emit(line + "\r\n");
            foreach (var chunk in _script(line, this))
            {
                Emit(chunk);
            }
        }

        return ValueTask.CompletedTask;
    }

    public Task<ChannelClosure> GetClosureAsync(CancellationToken cancellationToken) => Task.FromResult(Closure);

    public ValueTask DisposeAsync()
    {
        Disposed = true;
        Close();
        return ValueTask.CompletedTask;
    }
}
