using System.Diagnostics;
using System.Text;

namespace CertBot.Lab.Tests.Simulator;

/// <summary>
/// One login to a simulated node: `dotnet certbot-lab.dll node` as a child process with LAB_NODE_STATE set,
/// talked to through its raw standard streams (the bytes a client would see through sshd).
/// </summary>
public sealed class NodeConsole : IAsyncDisposable
{
    public const string Prompt = "admin:";
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);
    private readonly Process process;
    private readonly StringBuilder received = new();
    private readonly Lock gate = new();
    private readonly Task pump;
    private int mark;

    private NodeConsole(Process process)
    {
        this.process = process;
        pump = Task.Run(PumpAsync);
    }

    /// <summary>Everything received so far.</summary>
    public string Transcript
    {
        get
        {
            lock (gate)
            {
                return received.ToString();
            }
        }
    }

    public static NodeConsole Start(string stateDir, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "certbot-lab.dll"));
        start.ArgumentList.Add("node");
        start.Environment["LAB_NODE_STATE"] = stateDir;
        start.Environment["TERM"] = "dumb";
        start.Environment.Remove("SSH_ORIGINAL_COMMAND");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return new NodeConsole(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    /// <summary>Logs in and waits for the first prompt; returns the banner.</summary>
    public static async Task<NodeConsole> LoginAsync(string stateDir, IReadOnlyDictionary<string, string>? environment = null)
    {
        var console = Start(stateDir, environment);
        await console.WaitForAsync(t => t.EndsWith(Prompt, StringComparison.Ordinal));
        return console;
    }

    /// <summary>Sends raw text (no line end added).</summary>
    public async Task SendAsync(string text)
    {
        await process.StandardInput.BaseStream.WriteAsync(Encoding.UTF8.GetBytes(text));
        await process.StandardInput.BaseStream.FlushAsync();
    }

    /// <summary>Types a command (ended by \r as a terminal sends Enter) and returns everything up to the next prompt.</summary>
    public async Task<string> RunAsync(string command, TimeSpan? timeout = null)
    {
        MarkNow();
        await SendAsync(command + "\r");
        return await WaitForAsync(t => t.Length > command.Length && t.EndsWith(Prompt, StringComparison.Ordinal), timeout);
    }

    /// <summary>Types a command and returns once the text since then contains <paramref name="expected"/>.</summary>
    public async Task<string> RunUntilAsync(string command, string expected, TimeSpan? timeout = null)
    {
        MarkNow();
        await SendAsync(command + "\r");
        return await WaitForAsync(t => t.Contains(expected, StringComparison.Ordinal), timeout);
    }

    /// <summary>Sends an answer and returns everything up to the next prompt.</summary>
    public async Task<string> AnswerAsync(string text, TimeSpan? timeout = null) => await RunAsync(text, timeout);

    /// <summary>Forgets output received so far for the next wait.</summary>
    public void MarkNow()
    {
        lock (gate)
        {
            mark = received.Length;
        }
    }

    /// <summary>Waits until the text received since the mark satisfies <paramref name="done"/>; returns that text.</summary>
    public async Task<string> WaitForAsync(Func<string, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            string text;
            lock (gate)
            {
                text = received.ToString(mark, received.Length - mark);
            }

            if (done(text))
            {
                return text;
            }

            if (DateTime.UtcNow > deadline || (pump.IsCompleted && process.HasExited && !done(text)))
            {
                if (pump.IsCompleted)
                {
                    return done(text) ? text : throw new TimeoutException($"session ended; received since mark:\n{Visible(text)}");
                }

                throw new TimeoutException($"no expected output; received since mark:\n{Visible(text)}");
            }

            await Task.Delay(5);
        }
    }

    /// <summary>Closes standard input and returns the exit code.</summary>
    public async Task<int> CloseAsync()
    {
        process.StandardInput.Close();
        return await WaitForExitAsync();
    }

    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(DefaultTimeout);
        await process.WaitForExitAsync(timeout.Token);
        await pump;
        return process.ExitCode;
    }

    /// <summary>Control characters made visible for failure messages.</summary>
    public static string Visible(string text) => text.Replace("\u001b", "<ESC>", StringComparison.Ordinal).Replace("\r", "<CR>", StringComparison.Ordinal);

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private async Task PumpAsync()
    {
        var buffer = new byte[8192];
        var decoder = Encoding.UTF8.GetDecoder();
        var chars = new char[8192];
        var stream = process.StandardOutput.BaseStream;
        while (true)
        {
            var read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                return;
            }

            var count = decoder.GetChars(buffer, 0, read, chars, 0);
            lock (gate)
            {
                received.Append(chars, 0, count);
            }
        }
    }
}
