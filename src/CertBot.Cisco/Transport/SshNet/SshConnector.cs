using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net.Sockets;
using CertBot.Engine.Nodes;
using Microsoft.Extensions.Logging;
using Renci.SshNet;
using Renci.SshNet.Common;

namespace CertBot.Cisco.Transport.SshNet;

/// <summary>
/// Connects an SSH.NET client (shell or SFTP) with the host key pinned before authentication, and turns
/// SSH.NET's exceptions into the adapter's typed node failures. Remembers, per server, the family of the
/// pinned key, so later connections offer only that family.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "The log forwarder holds nothing to release: the logger factory it writes to belongs to the host.")]
public sealed class SshConnector(SshSettings settings, ILoggerFactory loggers)
{
    private readonly ConcurrentDictionary<string, HostKeyFamily> _pinnedFamilies = new(StringComparer.OrdinalIgnoreCase);
    private readonly SshNetLogForwarder _log = new(loggers);

    public SshSettings Settings { get; } = settings ?? throw new ArgumentNullException(nameof(settings));

    /// <summary>
    /// Connects and logs in. When the key the server prefers is not the pinned one, the server's other key
    /// families are tried (key exchange only: the password goes only to a server that showed the pinned key).
    /// </summary>
    /// <exception cref="NodeException">HostKeyMismatch, Unreachable (also: no algorithm in common), AuthenticationFailed.</exception>
    public async Task<T> ConnectAsync<T>(SshEndpoint endpoint, Func<ConnectionInfo, T> create, CancellationToken cancellationToken)
        where T : BaseClient
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(create);
        var server = Server(endpoint.Host, endpoint.Port);
        var offered = new List<OfferedHostKey>();
        var first = _pinnedFamilies.TryGetValue(server, out var known) ? known : HostKeyFamily.Any;
        foreach (var family in Attempts(first, endpoint.AllowLegacyAlgorithms).Where(f => !offered.Any(k => f.Verifies(k.Type))))
        {
            var check = new HostKeyCheck(endpoint.HostKeySha256);
            var connection = SshLogin.Connection(endpoint, Settings, family);
            connection.LoggerFactory = _log;
            var client = create(connection);
            client.HostKeyReceived += check.OnHostKeyReceived;
            client.KeepAliveInterval = Settings.KeepAliveInterval;
            try
            {
                await OwnThreadConnect.RunAsync(client, cancellationToken);
                _pinnedFamilies[server] = HostKeyFamily.Of(check.Offered!.Algorithm);
                return client;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;  // the client is disposed by OwnThreadConnect once its connect ends
            }
            catch (Exception e)
            {
                client.Dispose();

                if (check.Offered is { } key && !check.Trusted)
                {
                    offered.Add(key);
                    continue;
                }

                if (check.Offered is null && family != HostKeyFamily.Any && e is SshConnectionException)
                {
                    // The server has no key of this family: nothing to compare, try the next one.
                    continue;
                }

                throw Failure(endpoint, e, check.Trusted);
            }
        }

        throw Mismatch(endpoint, offered);
    }

    /// <summary>The keys a server offers, one key exchange per family; nothing is authenticated (<c>certbot trust-host</c>).</summary>
    /// <exception cref="NodeException">Unreachable: no SSH server answered.</exception>
    public async Task<IReadOnlyList<OfferedHostKey>> ScanAsync(string host, int port, bool allowLegacy, CancellationToken cancellationToken)
    {
        var keys = new List<OfferedHostKey>();
        foreach (var family in HostKeyFamily.All.Where(f => f.IsAllowed(allowLegacy)))
        {
            if (keys.Any(k => family.Verifies(k.Type)))
            {
                continue;
            }

            var check = new HostKeyCheck(pinned: null);
            var connection = SshLogin.KeyExchangeOnly(host, port, Settings, allowLegacy, family);
            connection.LoggerFactory = _log;
            var client = new SshClient(connection);
            client.HostKeyReceived += check.OnHostKeyReceived;
            try
            {
                await OwnThreadConnect.RunAsync(client, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;  // the client is disposed by OwnThreadConnect once its connect ends
            }
            catch (Exception e) when (e is SocketException or SshOperationTimeoutException or ProxyException)
            {
                client.Dispose();
                throw Unreachable(host, Server(host, port), e);
            }
            catch (SshException)
            {
                // Refused on purpose once the key was seen, or no key of this family: both expected here.
            }

            client.Dispose();

            if (check.Offered is { } key)
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    private static IEnumerable<HostKeyFamily> Attempts(HostKeyFamily first, bool allowLegacy) =>
        new[] { first }.Concat(HostKeyFamily.All.Where(f => f != first && f.IsAllowed(allowLegacy)));

    private static string Server(string host, int port) => $"{host}:{port.ToString(CultureInfo.InvariantCulture)}";

    private static NodeException Unreachable(string name, string at, Exception e) =>
        new(NodeFailure.Unreachable, name, null, e.Message, $"{name}: no SSH server answered at {at}: {e.Message}", e);

    private static NodeException Failure(SshEndpoint endpoint, Exception e, bool trusted)
    {
        var at = Server(endpoint.Host, endpoint.Port);
        return e switch
        {
            SshAuthenticationException => new NodeException(NodeFailure.AuthenticationFailed, endpoint.Name, null, e.Message,
                $"{endpoint.Name}: authentication failed for {endpoint.Username} at {at} (user name or password refused).", e),
            SocketException or SshOperationTimeoutException or ProxyException => Unreachable(endpoint.Name, at, e),
            SshConnectionException when !trusted => new NodeException(NodeFailure.Unreachable, endpoint.Name, null, e.Message,
                $"{endpoint.Name}: no SSH connection to {at}: {e.Message}"
                + (endpoint.AllowLegacyAlgorithms ? "" : " If the node runs an old release that offers only legacy algorithms, set AllowLegacyHostKeyAlgorithms for it in the configuration."), e),
            _ => new NodeException(NodeFailure.SessionLost, endpoint.Name, null, e.Message,
                $"{endpoint.Name}: the connection to {at} ended while logging in: {e.Message}", e),
        };
    }

    private static NodeException Mismatch(SshEndpoint endpoint, List<OfferedHostKey> offered)
    {
        var keys = offered.Count == 0 ? "no usable key" : string.Join(", ", offered);
        return new NodeException(NodeFailure.HostKeyMismatch, endpoint.Name, null, null,
            $"{endpoint.Name}: host key mismatch at {Server(endpoint.Host, endpoint.Port)}: pinned {endpoint.HostKeySha256}, the server offers {keys}. "
            + "Nothing was sent. If the node was reinstalled, confirm the new key with `certbot trust-host` and update the configuration.");
    }
}
