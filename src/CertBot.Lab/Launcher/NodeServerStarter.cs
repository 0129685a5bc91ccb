using System.Text;
using CertBot.Lab.Node;

namespace CertBot.Lab.Launcher;

/// <summary>
/// Starts the lab's resident simulator (<see cref="NodeServer"/>) and waits until every node's login socket
/// listens: the server binds them all before it serves, so their presence is the readiness signal.
/// </summary>
internal static class NodeServerStarter
{
    private const int ReadyMilliseconds = 20_000;

    // sockaddr_un holds 108 bytes with the terminating NUL.
    private const int MaxSocketPath = 107;

    public static string Log(RuntimeLayout layout) => Path.Combine(layout.Nodes, "simulator.log");

    /// <summary>Fails before anything starts when a node's socket path would not fit a Unix socket address.</summary>
    public static void CheckSocketPaths(IEnumerable<DaemonRecord> daemons)
    {
        var tooLong = Sockets(daemons).FirstOrDefault(p => Encoding.UTF8.GetByteCount(p) > MaxSocketPath);
        if (tooLong is not null)
        {
            throw new LabLauncherException($"the lab directory is too deep for a node's login socket ({tooLong} is over {MaxSocketPath} bytes): use a shorter --dir");
        }
    }

    /// <summary>Starts the server and returns it once every node's socket listens.</summary>
    public static async Task<NodeServerRecord> StartAsync(RuntimeLayout layout, IReadOnlyList<DaemonRecord> daemons, CancellationToken ct)
    {
        var log = Log(layout);
        var result = await ExternalTool.RunAsync(
            SystemTools.Unshare, ["--mount", "--propagation", "private", "--", "/bin/sh", "-c", NamespaceScript.ForNodeServer(layout, log)], ct: ct);
        if (result.ExitCode != 0)
        {
            throw new LabLauncherException($"the node simulator did not start (exit code {result.ExitCode})", result.Combined);
        }

        var sockets = Sockets(daemons).ToList();
        for (var waited = 0; waited < ReadyMilliseconds; waited += 20)
        {
            if (sockets.All(File.Exists) && Find(layout) is { } server)
            {
                return server;
            }

            await Task.Delay(20, ct);
        }

        throw new LabLauncherException(
            $"the node simulator did not listen within {ReadyMilliseconds} ms ({sockets.Count(s => !File.Exists(s))} of {sockets.Count} sockets missing)",
            DaemonStarter.LogTail(log));
    }

    /// <summary>The running server of this lab: the process whose command line serves this lab's nodes.</summary>
    private static NodeServerRecord? Find(RuntimeLayout layout)
    {
        var serving = $"serve-nodes {layout.Nodes}";
        var pid = ProcFs.Pids().Where(ProcFs.IsRunning).FirstOrDefault(p => ProcFs.CommandLine(p).EndsWith(serving, StringComparison.Ordinal));
        return pid == 0 ? null : new NodeServerRecord(pid, ProcFs.Stat(pid)?.StartTicks, ProcFs.MountNamespace(pid));
    }

    private static IEnumerable<string> Sockets(IEnumerable<DaemonRecord> daemons) =>
        daemons.Select(d => d.StateDirectory).OfType<string>().Select(state => Path.Combine(state, NodeServer.SocketName));
}
