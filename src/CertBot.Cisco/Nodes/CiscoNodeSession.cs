using CertBot.Cisco.Configuration;
using CertBot.Cisco.Parsing;
using CertBot.Cisco.Sessions;
using CertBot.Cisco.Text;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;
using Microsoft.Extensions.Logging;

namespace CertBot.Cisco.Nodes;

/// <summary>
/// The engine's typed operations over one login to one node. Read-only commands survive a dropped session
/// (one fresh login, then the command again); commands that change the node are never repeated blindly.
/// The operations live in partial files by concern: certificates, services, cluster facts, bulk exchange.
/// </summary>
public sealed partial class CiscoNodeSession : INodeSession
{
    private readonly Func<CancellationToken, Task<CliSession>> _login;
    private readonly SshOptions _timeouts;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private CliSession _cli;

    public CiscoNodeSession(NodeRef node, CliSession cli, Func<CancellationToken, Task<CliSession>> login, SshOptions timeouts, TimeProvider time, ILogger logger)
    {
        Node = node ?? throw new ArgumentNullException(nameof(node));
        _cli = cli ?? throw new ArgumentNullException(nameof(cli));
        _login = login ?? throw new ArgumentNullException(nameof(login));
        _timeouts = timeouts ?? throw new ArgumentNullException(nameof(timeouts));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    public NodeRef Node { get; }

    /// <summary>How many logins this session made (1 unless a dropped session was reopened).</summary>
    public int Logins { get; private set; } = 1;

    /// <summary>The session's place on its node (<see cref="NodeSessionLimiter"/>), given back when the session is disposed.</summary>
    internal IDisposable? Place { get; init; }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _cli.DisposeAsync();
        }
        finally
        {
            Place?.Dispose();
        }
    }

    /// <summary>Runs a read-only command; a lost session is reopened once and the command sent again.</summary>
    private async Task<string> ReadAsync(string command, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        var cli = CliCommand.Read(command, timeout ?? _timeouts.CommandTimeout);
        if (_cli.IsBroken)
        {
            await ReopenAsync(command, cancellationToken);
        }

        string output;
        try
        {
            output = await _cli.RunAsync(cli, cancellationToken);
        }
        catch (NodeException e) when (e.Failure == NodeFailure.SessionLost)
        {
            await ReopenAsync(command, cancellationToken);
            output = await _cli.RunAsync(cli, cancellationToken);
        }

        ThrowIfFailed(command, output);
        return output;
    }

    /// <summary>Runs a command that changes the node. On a session already lost it refuses rather than guess.</summary>
    private async Task<string> ChangeAsync(CliCommand command, CancellationToken cancellationToken)
    {
        if (_cli.IsBroken)
        {
            throw new NodeException(NodeFailure.SessionLost, Node.ToString(), command.Text, null,
                $"{Node}: the session was lost before `{command.Text}`; check the node's state with a read command first.");
        }

        var output = await _cli.RunAsync(command, cancellationToken);
        ThrowIfFailed(command.Text, output);
        return output;
    }

    private async Task ReopenAsync(string command, CancellationToken cancellationToken)
    {
        Log.Reopening(_logger, Node.ToString(), command);
        await _cli.DisposeAsync();
        _cli = await _login(cancellationToken);
        Logins++;
    }

    private void ThrowIfFailed(string command, string output)
    {
        if (FailureMarkers.Find(output) is { } failure)
        {
            throw new NodeException(NodeFailure.CommandFailed, Node.ToString(), command, CliText.Tail(output),
                $"{Node}: `{command}` failed: {failure}");
        }
    }

    /// <summary>
    /// A change command without its success token: whatever the node printed instead is the failure (some commands
    /// fail with a sentence of their own and no <c>Executed command unsuccessfully</c>, platform-cli.md §1.7).
    /// </summary>
    private NodeException NoSuccess(string command, string output, string whenSilent)
    {
        var said = string.Join(" ", CliText.Tail(CliText.Clean(output), 3).Split('\n').Select(l => CliText.CollapseSpaces(l.Trim())));
        return said.Trim().Length == 0
            ? Unverified(command, output, whenSilent)
            : new NodeException(NodeFailure.CommandFailed, Node.ToString(), command, CliText.Tail(output), $"{Node}: `{command}` failed: {said}");
    }

    private NodeException Unverified(string command, string output, string what) =>
        new(NodeFailure.VerificationFailed, Node.ToString(), command, CliText.Tail(output), $"{Node}: `{command}`: {what}");
}
