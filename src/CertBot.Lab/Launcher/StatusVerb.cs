using System.Globalization;
using System.Net.Sockets;

namespace CertBot.Lab.Launcher;

/// <summary><c>certbot-lab status</c>: per daemon its address, pid and whether it accepts connections.</summary>
internal static class StatusVerb
{
    private const string Simulator = "simulator";

    public static async Task<int> RunAsync(string? directory, TextWriter output, CancellationToken ct)
    {
        var layout = RuntimeDirectoryOption.Existing(directory);
        var run = LabRunFile.Load(layout);
        if (run is null)
        {
            output.WriteLine($"No lab running in {layout.Root}");
            return 3;
        }

        var reachable = await Task.WhenAll(run.Daemons.Select(d => ReachableAsync(d, ct)));
        Print(run, output, reachable);
        var healthy = run.Daemons.Zip(reachable).All(p => p.First.Pid is null || p.Second) && IsServing(run.NodeServer);
        return healthy ? 0 : 1;
    }

    /// <summary>One line per daemon; without probe results the daemons are shown as started.</summary>
    public static void Print(LabRun run, TextWriter output, IReadOnlyList<bool>? reachable = null)
    {
        var width = Math.Max(run.Daemons.Max(d => d.Name.Length), Simulator.Length);
        for (var i = 0; i < run.Daemons.Count; i++)
        {
            var daemon = run.Daemons[i];
            var endpoint = string.Create(CultureInfo.InvariantCulture, $"{daemon.Address}:{daemon.Port}");
            var state = daemon.Pid is null ? "stopped (fault unreachable)"
                : reachable is null ? "started"
                : reachable[i] ? "reachable" : "NOT reachable";
            var pid = daemon.Pid is { } p ? p.ToString(CultureInfo.InvariantCulture) : "-";
            output.WriteLine($"{daemon.Name.PadRight(width)}  {endpoint,-21}  pid {pid,-7}  {state}");
        }

        if (run.NodeServer is { } server)
        {
            var pid = server.Pid.ToString(CultureInfo.InvariantCulture);
            output.WriteLine($"{Simulator.PadRight(width)}  {"every node's logins",-21}  pid {pid,-7}  {(IsServing(server) ? "serving" : "NOT running")}");
        }
    }

    private static bool IsServing(NodeServerRecord? server) =>
        server is null || ProcFs.IsSameProcess(server.Pid, server.StartTicks);

    private static async Task<bool> ReachableAsync(DaemonRecord daemon, CancellationToken ct)
    {
        if (daemon.Pid is null)
        {
            return false;
        }

        using var client = new TcpClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            await client.ConnectAsync(daemon.Address, daemon.Port, timeout.Token);

            // sshd greets first: its identification line proves the daemon serves, not just that a port is open.
            var buffer = new byte[64];
            var read = await client.GetStream().ReadAsync(buffer, timeout.Token);
            return read >= 4 && System.Text.Encoding.ASCII.GetString(buffer, 0, 4) == "SSH-";
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }
}
