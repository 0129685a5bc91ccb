using System.Globalization;
using System.Net.Sockets;
using CertBot.Lab.State;

namespace CertBot.Lab.Node;

/// <summary>
/// The <c>certbot-lab serve-nodes &lt;nodes dir&gt;</c> verb: one resident process that serves the logins of
/// every node of a lab. Each node's sshd hands a login to it through the node's Unix socket (ForceCommand
/// runs <c>socat</c>, which also puts the login's terminal in raw mode), and each connection is one session
/// of <see cref="NodeProgram.RunAsync"/>, exactly as a per-login simulator process would run it.
/// Why resident: a .NET process started at every login costs ~0.15–0.4 s of CPU (runtime start and the
/// JIT of every command), so 200 nodes read at once spent the machine's cores on the lab rather than on
/// the client being measured. A real node's CLI runs on its own server; here it costs a socat per login.
/// </summary>
public static class NodeServer
{
    /// <summary>The Unix socket in each node's state directory that sshd's ForceCommand connects to.</summary>
    public const string SocketName = "login.sock";

    /// <summary>Serves until the process is stopped; returns 2 when the directory holds no node.</summary>
    public static async Task<int> RunAsync(string nodesDirectory, TextWriter log, CancellationToken cancellationToken)
    {
        var states = NodeStates(nodesDirectory);
        if (states.Count == 0)
        {
            await log.WriteLineAsync($"certbot-lab serve-nodes: no node state under {nodesDirectory}");
            return 2;
        }

        var listeners = states.Select(Listen).ToList();
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"serving {listeners.Count} node(s)"));
        await Task.WhenAll(listeners.Select(l => AcceptAsync(l.Socket, l.StateDir, log, cancellationToken)));
        return 0;
    }

    /// <summary>The state directories of <c>&lt;nodes&gt;/&lt;cluster&gt;/&lt;node&gt;/state</c> that hold a node.</summary>
    public static IReadOnlyList<string> NodeStates(string nodesDirectory) =>
        Directory.Exists(nodesDirectory)
            ? [.. Directory.EnumerateDirectories(nodesDirectory)
                .SelectMany(Directory.EnumerateDirectories)
                .Select(node => Path.Combine(node, "state"))
                .Where(state => new NodeStore(state).Exists)
                .Order(StringComparer.Ordinal)]
            : [];

    private static (Socket Socket, string StateDir) Listen(string stateDir)
    {
        var path = Path.Combine(stateDir, SocketName);
        File.Delete(path);  // left by a server that was killed
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        socket.Listen(backlog: 64);
        return (socket, stateDir);
    }

    private static async Task AcceptAsync(Socket listener, string stateDir, TextWriter log, CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal) { [NodeProgram.StateVariable] = stateDir };
        while (!cancellationToken.IsCancellationRequested)
        {
            Socket login;
            try
            {
                login = await listener.AcceptAsync(cancellationToken);
            }
            catch (SocketException ex)
            {
                // Out of descriptors, say: this node refuses logins for a moment, the others go on serving.
                await log.WriteLineAsync($"accept on {stateDir} failed: {ex.Message}");
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
                continue;
            }

            _ = ServeAsync(login, environment, log, cancellationToken);
        }
    }

    private static async Task ServeAsync(Socket login, Dictionary<string, string?> environment, TextWriter log, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = new NetworkStream(login, ownsSocket: true);
            var exitCode = await NodeProgram.RunAsync(stream, stream, environment, TimeProvider.System, cancellationToken);
            if (exitCode == NodeSession.DroppedExitCode)
            {
                LoginPeer.Kill(login);
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The login went away mid-session (the client closed, or a fault stopped its sshd): as a process would.
        }
        catch (Exception ex)
        {
            // One session's defect must not take every node's logins down with it; the log shows it.
            await log.WriteLineAsync($"session of {environment[NodeProgram.StateVariable]} failed: {ex}");
        }
    }
}
