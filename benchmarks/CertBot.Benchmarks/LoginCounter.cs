using System.Text.Json;

namespace CertBot.Benchmarks;

/// <summary>
/// Counts logins per node from the lab's own records: the simulator's command log (every CertBot login starts
/// with <c>set cli pagination off</c>) and sshd's log (<c>Accepted password|keyboard-interactive</c>).
/// </summary>
internal sealed class LoginCounter
{
    private readonly Dictionary<string, (string CommandLog, string SshdLog)> _nodes = [];

    /// <param name="cluster">The cluster whose nodes are counted (keyed by node name); null: every cluster's (keyed <c>cluster/node</c>).</param>
    public LoginCounter(string inventoryPath, string? cluster)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(inventoryPath));
        foreach (var c in json.RootElement.GetProperty("clusters").EnumerateArray().Where(c => cluster is null || c.GetProperty("name").GetString() == cluster))
        {
            foreach (var node in c.GetProperty("nodes").EnumerateArray())
            {
                var commandLog = node.GetProperty("commandLog").GetString()!;
                // <dir>/nodes/<cluster>/<node>/state/commands.log → <dir>/nodes/<cluster>/<node>/sshd.log
                var sshdLog = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(commandLog)!)!, "sshd.log");
                var name = node.GetProperty("name").GetString()!;
                _nodes[cluster is null ? $"{c.GetProperty("name").GetString()}/{name}" : name] = (commandLog, sshdLog);
            }
        }
    }

    public IReadOnlyDictionary<string, (int Sessions, int SshLogins)> Snapshot() =>
        _nodes.ToDictionary(n => n.Key, n => (Count(n.Value.CommandLog, l => l.EndsWith("\tset cli pagination off", StringComparison.Ordinal)),
            Count(n.Value.SshdLog, l => l.Contains("Accepted password", StringComparison.Ordinal) || l.Contains("Accepted keyboard-interactive", StringComparison.Ordinal))));

    private static int Count(string path, Func<string, bool> predicate) => File.Exists(path) ? File.ReadLines(path).Count(predicate) : 0;
}
