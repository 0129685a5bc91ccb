using System.Globalization;
using System.Text.RegularExpressions;
using CertBot.Cisco.Text;
using CertBot.Cisco.Transport;
using CertBot.Engine.Nodes;
using Microsoft.Extensions.Logging;

namespace CertBot.Cisco.Sessions;

/// <summary>
/// A conversation with one node's platform CLI over one shell: waits for the prompt, turns automatic
/// pagination off, pages through both pagers anyway, answers only allow-listed questions, strips echo and
/// terminal codes. After a timeout, an unexpected question or a lost connection the session is
/// <see cref="IsBroken"/>: its state on the node is unknown, so it takes no further command.
/// </summary>
public sealed partial class CliSession : IAsyncDisposable
{
    private readonly ICliChannel _channel;
    private readonly CliSessionSettings _settings;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private Regex _prompt;

    private CliSession(ICliChannel channel, string node, string user, CliSessionSettings settings, TimeProvider time, ILogger logger)
    {
        _channel = channel;
        Node = node;
        _settings = settings;
        _time = time;
        _logger = logger;
        _prompt = PromptFor(user);
    }

    /// <summary>The node's name in messages.</summary>
    public string Node { get; }

    public bool IsBroken { get; private set; }

    /// <summary>Waits for the first prompt on a fresh shell, then sends <c>set cli pagination off</c>.</summary>
    public static async Task<CliSession> StartAsync(ICliChannel channel, string node, string user, CliSessionSettings settings,
        TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var session = new CliSession(channel, node, user, settings, time, logger);
        try
        {
            var started = time.GetTimestamp();
            await session.WaitForFirstPromptAsync(cancellationToken);
            Log.LoggedIn(logger, node, user, (long)time.GetElapsedTime(started).TotalMilliseconds);
            await session.RunAsync(CliCommand.Read("set cli pagination off", settings.SetupCommandTimeout), cancellationToken);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Sends one command and returns its output without echo, prompt, pager text or terminal codes.
    /// Failure texts in the output are the caller's to judge; this method fails only on the conversation itself.
    /// </summary>
    /// <exception cref="NodeException">Timeout, UnexpectedPrompt, SessionLost (and HostKeyMismatch if the client says so).</exception>
    public async Task<string> RunAsync(CliCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (IsBroken)
        {
            throw new NodeException(NodeFailure.SessionLost, Node, command.Text, null, $"{Node}: the session can no longer be used.");
        }

        if (command.Text.Contains('\n', StringComparison.Ordinal) || command.Text.Contains('\r', StringComparison.Ordinal))
        {
            throw new ArgumentException("a command is one line", nameof(command));
        }

        Log.Sending(_logger, Node, command.Text);
        var started = _time.GetTimestamp();
        using var deadline = new CancellationTokenSource(command.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var conversation = new Conversation(command);
        await SendAsync(command.Text + "\r", deadline, command, conversation, linked.Token);
        // What the unfinished last line is: an allow-listed prompt (answered once output stays quiet for
        // PromptSettle, so a half-received line is never answered) or a question nobody may answer (fails once
        // output stays quiet for QuietPeriod). Anything else is output of a command still working.
        PromptReply? pending = null;
        var question = false;
        while (true)
        {
            string? chunk;
            try
            {
                chunk = pending is not null ? await ReadWithinAsync(_settings.PromptSettle, linked.Token)
                    : question ? await ReadWithinAsync(_settings.QuietPeriod, linked.Token)
                    : await _channel.ReadAsync(linked.Token) ?? Conversation.EndOfStream;
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw Broken(NodeFailure.Timeout, command, conversation,
                    $"{Node}: `{command.Text}` did not finish within {command.Timeout.ToString("g", CultureInfo.InvariantCulture)}{WaitingOn(conversation)}.");
            }
            catch (OperationCanceledException)
            {
                IsBroken = true;
                throw;
            }

            if (chunk is null && pending is not null)
            {
                await AnswerAsync(pending, deadline, command, conversation, linked.Token);
                (pending, question) = (null, false);
                continue;
            }

            if (chunk is null)
            {
                var asked = conversation.LastLine.Trim();
                throw Broken(NodeFailure.UnexpectedPrompt, command, conversation,
                    $"{Node}: `{command.Text}` asked '{asked}', which is not an expected question; nothing was answered.");
            }

            if (ReferenceEquals(chunk, Conversation.EndOfStream))
            {
                var closure = await _channel.GetClosureAsync(CancellationToken.None);
                throw Broken(NodeFailure.SessionLost, command, conversation,
                    $"{Node}: the session ended during `{command.Text}`{(closure.Diagnostics.Length > 0 ? ": " + closure.Diagnostics : ".")}");
            }

            conversation.Append(chunk);
            foreach (var key in conversation.PagerKeysToSend())
            {
                await SendAsync(key, deadline, command, conversation, linked.Token);
            }

            var text = conversation.Text;
            var prompt = _prompt.Match(text);
            if (prompt.Success)
            {
                // Keep the line break in front of the prompt: output lines always end in one.
                var end = prompt.Index < text.Length && text[prompt.Index] == '\n' ? prompt.Index + 1 : prompt.Index;
                var output = conversation.Scrub(EchoStripper.Strip(text[..end], command.Text));
                Log.Completed(_logger, Node, command.Text, (long)_time.GetElapsedTime(started).TotalMilliseconds, output.Length);
                return output;
            }

            var lastLine = conversation.LastLine;
            pending = conversation.FindReply(lastLine);
            question = pending is null && Questions.IsQuestion(lastLine);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!IsBroken)
        {
            using var polite = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _channel.WriteAsync("exit\r", polite.Token);
            }
            catch (OperationCanceledException)
            {
                // The channel is closed next anyway.
            }
        }

        IsBroken = true;
        await _channel.DisposeAsync();
    }

    /// <summary>At prompt: the buffer ends with <c>&lt;user&gt;:</c> at the start of a line (ESC[K already counts as one).</summary>
    private static Regex PromptFor(string user) =>
        new($@"(?:^|\n){Regex.Escape(user)}(?:\[\d+\])?:\s*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private async Task AnswerAsync(PromptReply reply, CancellationTokenSource deadline, CliCommand command, Conversation conversation, CancellationToken token)
    {
        Log.Answered(_logger, Node, command.Text, CliText.CollapseSpaces(conversation.LastLine.Trim()));
        conversation.MarkAnswered(reply);
        foreach (var line in reply.Answer.Split('\n'))
        {
            await SendAsync(line.TrimEnd('\r') + "\r", deadline, command, conversation, token);
        }
    }

    /// <summary>For a timeout message: the line the node seems to wait on, when it ends like a question.</summary>
    private static string WaitingOn(Conversation conversation)
    {
        var line = conversation.LastLine.Trim();
        return line.EndsWith(':') || line.EndsWith('?') ? $"; it may be waiting on '{line}', which was not answered" : "";
    }

    private async Task SendAsync(string text, CancellationTokenSource deadline, CliCommand command, Conversation conversation, CancellationToken token)
    {
        try
        {
            await _channel.WriteAsync(text, token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw Broken(NodeFailure.Timeout, command, conversation, $"{Node}: `{command.Text}` could not be sent in time.");
        }
    }

    /// <summary>Reads one chunk, or returns null when nothing arrives within <paramref name="quiet"/>.</summary>
    private async Task<string?> ReadWithinAsync(TimeSpan quiet, CancellationToken token)
    {
        using var quietTimer = new CancellationTokenSource(quiet, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(token, quietTimer.Token);
        try
        {
            return await _channel.ReadAsync(linked.Token) ?? Conversation.EndOfStream;
        }
        catch (OperationCanceledException) when (quietTimer.IsCancellationRequested && !token.IsCancellationRequested)
        {
            return null;
        }
    }

    private NodeException Broken(NodeFailure failure, CliCommand command, Conversation conversation, string message)
    {
        IsBroken = true;
        Log.Failed(_logger, Node, command.Text, failure.ToString());
        return new NodeException(failure, Node, command.Text, conversation.Scrub(CliText.Tail(conversation.Text)), message);
    }
}
