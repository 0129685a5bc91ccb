using CertBot.Cisco.Configuration;
using CertBot.Cisco.Sessions;
using CertBot.Cisco.Transport;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;
using Microsoft.Extensions.Logging;

namespace CertBot.Cisco.Nodes;

/// <summary>
/// The engine's <see cref="INodePort"/>: one login per call (the engine keeps the session for the whole run),
/// pinned host key, password through the transport, pagination off. Every session takes a place on its node
/// (<see cref="NodeSessionLimiter"/>, <c>CertBot:Ssh:MaxSessionsPerNode</c>) until it is disposed: the one cap
/// every caller of this port shares.
/// </summary>
public sealed class CiscoNodePort(NodeDirectory directory, ICliTransport transport, TimeProvider time, ILoggerFactory loggers) : INodePort
{
    private readonly ILogger _logger = loggers.CreateLogger("CertBot.Cisco.Node");
    private readonly NodeSessionLimiter _places = new(directory.Ssh.MaxSessionsPerNode, directory.Ssh.SessionWaitTimeout);

    async Task<INodeSession> INodePort.OpenAsync(NodeRef node, CancellationToken cancellationToken) => await OpenAsync(node, cancellationToken);

    /// <exception cref="NodeException">HostKeyMismatch, Unreachable, AuthenticationFailed, Timeout, Busy.</exception>
    public async Task<CiscoNodeSession> OpenAsync(NodeRef node, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        var endpoint = directory.EndpointFor(node);
        var ssh = directory.Ssh;
        var settings = new CliSessionSettings
        {
            LoginTimeout = ssh.LoginTimeout,
            QuietPeriod = ssh.UnexpectedPromptQuietPeriod,
            SetupCommandTimeout = ssh.CommandTimeout,
        };

        async Task<CliSession> LoginAsync(CancellationToken ct)
        {
            var channel = await transport.OpenShellAsync(endpoint, ct);
            return await CliSession.StartAsync(channel, node.ToString(), endpoint.Username, settings, time, _logger, ct);
        }

        var place = await _places.EnterAsync(node, cancellationToken);
        try
        {
            return new CiscoNodeSession(node, await LoginAsync(cancellationToken), LoginAsync, ssh, time, _logger) { Place = place };
        }
        catch
        {
            place.Dispose();
            throw;
        }
    }
}
