using System.Globalization;

namespace CertBot.Lab.Node.Commands;

/// <summary>
/// <c>utils dbreplication runtimestate</c> in the layout of public captures (CUCM 14, TAC 215013): the header
/// lines, then <c>Cluster Detailed View from &lt;host&gt; (&lt;N&gt; Servers):</c> and one row per server of this
/// node's product. A server named in the node's <c>replication</c> fault shows <c>(4) Setup Incomplete</c> with
/// <c>N/Y/Y</c>, as a third-party fixture shows it.
/// </summary>
internal sealed class ReplicationStateCommand : ICommandHandler
{
    public async Task ExecuteAsync(CommandContext context, CommandArguments arguments)
    {
        if (arguments.At(0) is not "runtimestate")
        {
            await context.FailAsync("Usage: utils dbreplication runtimestate");
            return;
        }

        var snapshot = context.Snapshot;
        var type = snapshot.Identity.IsImp ? "cups" : "callmanager";
        var servers = snapshot.Peers.Where(p => p.Type == type).ToList();
        var now = context.Time.GetUtcNow().UtcDateTime;
        await context.LinesAsync(
        [
            "",
            $"Server Time: {CertificateText.JavaDate(now)}",
            "",
            $"Cluster Replication State: BROADCAST SYNC ended at: {snapshot.ClusterSince.UtcDateTime.ToString("yyyy-MM-dd-HH-mm", CultureInfo.InvariantCulture)}",
            "     Sync Result: SYNC COMPLETED on 749 tables out of 749",
            "     Sync Status: All Tables are in sync",
            "",
            $"DB Version: ccm{snapshot.Version.Replace('.', '_').Replace('-', '_')}",
            "",
            "Repltimeout set to: 300s",
            "PROCESS option set to: 1",
            "",
            "",
            $"Cluster Detailed View from {snapshot.Identity.Name} ({servers.Count} Servers):",
            "",
            "                                      PING      DB/RPC/   REPL.    Replication    REPLICATION SETUP",
            "SERVER-NAME         IP ADDRESS        (msec)    DbMon?    QUEUE    Group ID       (RTMT) & Details",
            "-----------         ----------        ------    -------   -----    -----------    ------------------",
            .. servers.Select((p, i) => Row(p.Name, p.Ip, i, context.Faults.Replication.Contains(p.Name, StringComparer.OrdinalIgnoreCase))),
            "",
        ]);
    }

    private static string Row(string server, string ip, int index, bool broken) => string.Create(CultureInfo.InvariantCulture,
        $"{server,-19} {ip,-17} {0.02 + (index * 0.2),-9:0.000} {(broken ? "N/Y/Y" : "Y/Y/Y"),-9} {0,-8} {$"(g_{index + 2})",-14} {(broken ? "(4) Setup Incomplete" : "(2) Setup Completed")}");
}
