using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CertBot.Cisco.Text;
using CertBot.Engine.Nodes;

namespace CertBot.Cisco.Sessions;

/// <summary>The login half of the session: everything before the first prompt is banner.</summary>
public sealed partial class CliSession
{
    private async Task WaitForFirstPromptAsync(CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(_settings.LoginTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var raw = new StringBuilder();
        var awaitingQuiet = false;
        while (true)
        {
            string? chunk;
            try
            {
                chunk = awaitingQuiet ? await ReadWithinAsync(TimeSpan.FromSeconds(1), linked.Token) : await _channel.ReadAsync(linked.Token);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                IsBroken = true;
                throw new NodeException(NodeFailure.Timeout, Node, null, CliText.Tail(CliText.Clean(raw.ToString())),
                    $"{Node}: logged in, but no prompt appeared within {_settings.LoginTimeout.ToString("g", CultureInfo.InvariantCulture)}.");
            }

            var text = CliText.Clean(raw.ToString());
            if (chunk is null && awaitingQuiet && GenericPrompt().Match(text) is { Success: true } other)
            {
                // Another platform user's prompt: adopt it once the banner has gone quiet.
                _prompt = PromptFor(other.Groups["user"].Value);
                return;
            }

            if (chunk is null || ReferenceEquals(chunk, Conversation.EndOfStream))
            {
                IsBroken = true;
                var closure = await _channel.GetClosureAsync(CancellationToken.None);
                // Host key, authentication and reachability fail before the shell exists (the transport throws):
                // a shell that ends before its first prompt is a lost session.
                throw new NodeException(NodeFailure.SessionLost, Node, null, CliText.Tail(text),
                    $"{Node}: the connection closed before the first prompt{(closure.Diagnostics.Length > 0 ? ": " + closure.Diagnostics : ".")}");
            }

            raw.Append(chunk);
            text = CliText.Clean(raw.ToString());
            if (_prompt.IsMatch(text))
            {
                return;
            }

            awaitingQuiet = GenericPrompt().IsMatch(text);
        }
    }

    [GeneratedRegex(@"(?:^|\n)(?<user>[A-Za-z][A-Za-z0-9_.-]*):\s*$")]
    private static partial Regex GenericPrompt();
}
