using System.Globalization;

namespace CertBot.Testing;

/// <summary>
/// The lab's command logs from a mark on: every command the nodes received after the mark, across all nodes
/// in time order (each node stamps its lines in milliseconds; the runner works one step at a time).
/// </summary>
public sealed class CommandLogs
{
    private readonly LabInventory inventory;
    private readonly Dictionary<string, long> offsets = [];

    private CommandLogs(LabInventory inventory)
    {
        this.inventory = inventory;
        MarkedAt = DateTimeOffset.UtcNow;
        foreach (var (cluster, node) in Nodes())
        {
            offsets[node.CommandLog] = File.Exists(node.CommandLog) ? new FileInfo(node.CommandLog).Length : 0;
        }
    }

    /// <summary>When the mark was taken (the test's clock, not the product's).</summary>
    public DateTimeOffset MarkedAt { get; }

    /// <summary>Remembers where every node's log ends now.</summary>
    public static CommandLogs Mark(LabInventory inventory) => new(inventory);

    /// <summary>The commands logged since the mark, oldest first.</summary>
    public IReadOnlyList<LoggedCommand> Since()
    {
        var commands = new List<LoggedCommand>();
        foreach (var (cluster, node) in Nodes())
        {
            if (!File.Exists(node.CommandLog))
            {
                continue;
            }

            using var stream = new FileStream(node.CommandLog, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            stream.Seek(offsets[node.CommandLog], SeekOrigin.Begin);
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (tab > 0)
                {
                    var at = DateTimeOffset.Parse(line[..tab], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
                    commands.Add(new LoggedCommand(at, cluster, node.Name, line[(tab + 1)..]));
                }
            }
        }

        return commands.OrderBy(c => c.At).ToList();
    }

    private IEnumerable<(string Cluster, LabNode Node)> Nodes() =>
        inventory.Clusters.SelectMany(c => c.Nodes.Select(n => (c.Name, n)));
}
