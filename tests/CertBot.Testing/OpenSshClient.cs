using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Channels;

namespace CertBot.Testing;

/// <summary>
/// An interactive login with the plain OpenSSH client (<c>ssh -tt</c>: a remote PTY although stdin is a pipe),
/// password via askpass, host key pinned. Send lines and read until the <c>admin:</c> prompt or any marker.
/// Text keeps what the terminal sends (echo of typed lines, ANSI sequences) except that line ends
/// (<c>\r\n</c>) become <c>\n</c>. Dispose sends <c>exit</c> and stops the client.
/// </summary>
public sealed partial class OpenSshClient : IAsyncDisposable
{
    /// <summary>Default wait for a prompt or marker.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    private readonly Process process;
    private readonly OpenSshFiles files;
    private readonly Channel<string> chunks = Channel.CreateUnbounded<string>();
    private readonly StringBuilder pending = new();
    private readonly Task<string> error;
    private readonly Regex prompt;

    private OpenSshClient(SshEndpoint endpoint)
    {
        Endpoint = endpoint;
        files = new OpenSshFiles(endpoint);
        var start = new ProcessStartInfo("ssh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-tt");
        files.Configure(start, endpoint, sftp: false);
        start.ArgumentList.Add($"{endpoint.Username}@{endpoint.Host}");
        process = Process.Start(start) ?? throw new OpenSshException("ssh did not start", null, "", "");
        error = process.StandardError.ReadToEndAsync();
        _ = PumpAsync();

        // The platform prompt: the user name and a colon at the end of the output, at a line start or after ESC[K.
        prompt = new Regex($@"(?:^|\n|\x1b\[K){Regex.Escape(endpoint.Username)}:[ ]*$", RegexOptions.CultureInvariant);
    }

    /// <summary>Where this client is logged in.</summary>
    public SshEndpoint Endpoint { get; }

    /// <summary>Everything printed before the first prompt (the login banner).</summary>
    public string Banner { get; private set; } = "";

    /// <summary>True once the client has exited.</summary>
    public bool HasExited => process.HasExited;

    /// <summary>Logs in and reads the banner up to the first prompt.</summary>
    /// <exception cref="OpenSshException">Login refused, session closed or no prompt in time (with the client's output).</exception>
    public static async Task<OpenSshClient> ConnectAsync(SshEndpoint endpoint, TimeSpan? timeout = null, CancellationToken ct = default)
    {
        var client = new OpenSshClient(endpoint);
        try
        {
            client.Banner = await client.ReadUntilPromptAsync(timeout, ct);
            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Tries to log in without expecting success: returns the client's exit code and stderr when it ends before
    /// a prompt (refused password, changed host key, connection refused), or null when a prompt appeared.
    /// </summary>
    public static async Task<OpenSshException?> TryLoginAsync(SshEndpoint endpoint, TimeSpan? timeout = null, CancellationToken ct = default)
    {
        try
        {
            await using var client = await ConnectAsync(endpoint, timeout, ct);
            return null;
        }
        catch (OpenSshException refused) when (refused.ExitCode is not null)
        {
            return refused;
        }
    }

    /// <summary>Sends one line (Enter is <c>\r</c>, as a terminal sends it).</summary>
    public async Task SendLineAsync(string line)
    {
        await process.StandardInput.WriteAsync(line + "\r");
        await process.StandardInput.FlushAsync();
    }

    /// <summary>Runs a command and returns its output without the echoed command line and without the prompt.</summary>
    /// <exception cref="OpenSshException">The session ended or no prompt came back in time.</exception>
    public async Task<string> RunAsync(string command, TimeSpan? timeout = null, CancellationToken ct = default)
    {
        await SendLineAsync(command);
        return StripEcho(await ReadUntilPromptAsync(timeout, ct), command);
    }

    /// <summary>Reads until the prompt ends the output; returns the text before it and consumes the prompt.</summary>
    public Task<string> ReadUntilPromptAsync(TimeSpan? timeout = null, CancellationToken ct = default) =>
        ReadAsync(text => prompt.Match(text) is { Success: true } m ? (m.Index, m.Index + m.Length) : null, "the prompt", timeout, ct);

    /// <summary>Reads until <paramref name="marker"/> appears; returns the text up to and including it.</summary>
    public Task<string> ReadUntilAsync(string marker, TimeSpan? timeout = null, CancellationToken ct = default) =>
        ReadAsync(text => text.IndexOf(marker, StringComparison.Ordinal) is var i and >= 0 ? (i + marker.Length, i + marker.Length) : null, $"'{marker}'", timeout, ct);

    /// <summary>Reads until the session ends (the server closed it or the client exited); returns the rest of the output.</summary>
    public async Task<string> ReadToEndAsync(TimeSpan? timeout = null, CancellationToken ct = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout ?? DefaultTimeout);
        try
        {
            await foreach (var chunk in chunks.Reader.ReadAllAsync(limit.Token))
            {
                pending.Append(chunk);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new OpenSshException($"session on {Endpoint} did not end in time", null, pending.ToString(), "");
        }

        var rest = pending.ToString();
        pending.Clear();
        return rest;
    }

    /// <summary>Waits for the client to exit and returns its exit code (255: connection-level failure).</summary>
    public async Task<int> WaitForExitAsync(TimeSpan? timeout = null)
    {
        using var limit = new CancellationTokenSource(timeout ?? DefaultTimeout);
        await process.WaitForExitAsync(limit.Token);
        return process.ExitCode;
    }

    /// <summary>What the client printed on stderr (complete once it has exited).</summary>
    public async Task<string> ErrorOutputAsync() => process.HasExited ? await error : "";

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            try
            {
                await SendLineAsync("exit");
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The session is already gone.
            }

            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }

        process.Dispose();
        files.Dispose();
    }

    private async Task<string> ReadAsync(Func<string, (int Take, int Consume)?> find, string what, TimeSpan? timeout, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout ?? DefaultTimeout);
        while (true)
        {
            var text = pending.ToString();
            if (find(text) is { } found)
            {
                pending.Remove(0, found.Consume);
                return text[..found.Take];
            }

            bool more;
            try
            {
                more = await chunks.Reader.WaitToReadAsync(limit.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                throw new OpenSshException($"no {what} from {Endpoint} within {(timeout ?? DefaultTimeout).TotalSeconds:0.#} s", null, text, "");
            }

            if (!more)
            {
                await process.WaitForExitAsync(CancellationToken.None);
                throw new OpenSshException($"session on {Endpoint} ended before {what}", process.ExitCode, text, await error);
            }

            while (chunks.Reader.TryRead(out var chunk))
            {
                pending.Append(chunk);
            }
        }
    }

    private async Task PumpAsync()
    {
        var decoder = Encoding.UTF8.GetDecoder();
        var bytes = new byte[16384];
        var characters = new char[Encoding.UTF8.GetMaxCharCount(bytes.Length)];
        var stream = process.StandardOutput.BaseStream;
        var carry = "";
        try
        {
            int read;
            while ((read = await stream.ReadAsync(bytes)) > 0)
            {
                var text = carry + new string(characters, 0, decoder.GetChars(bytes, 0, read, characters, 0));

                // A line end split between two reads must still become one "\n": hold trailing '\r's back.
                var kept = text.TrimEnd('\r');
                carry = text[kept.Length..];
                chunks.Writer.TryWrite(LineEnd().Replace(kept, "\n"));
            }
        }
        finally
        {
            chunks.Writer.TryWrite(carry);
            chunks.Writer.TryComplete();
        }
    }

    // "\r\n" from the node; "\r\r\n" when a terminal's output processing adds a '\r' of its own.
    [GeneratedRegex("\r+\n")]
    private static partial Regex LineEnd();

    private static string StripEcho(string output, string command)
    {
        // The terminal echoes the typed line; a node whose terminal was left in cooked mode echoes it twice
        // (a test that cares reads the raw text with ReadUntilPromptAsync).
        var echo = command + "\n";
        for (var i = 0; i < 2 && output.StartsWith(echo, StringComparison.Ordinal); i++)
        {
            output = output[echo.Length..];
        }

        return output;
    }
}
