using System.Globalization;
using System.Text.Json;

namespace CertBot.Benchmarks;

/// <summary>
/// The time a cluster's lab nodes spent, from their own <c>command-times.log</c> (beside <c>commands.log</c>): one line
/// per finished command or login, <c>start TAB milliseconds TAB command</c>, the login's banner as <c>(login)</c>.
/// </summary>
internal sealed class NodeTimes
{
    private const string Login = "(login)";
    private readonly List<string> logs = [];

    public NodeTimes(string inventoryPath, string cluster)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(inventoryPath));
        foreach (var node in json.RootElement.GetProperty("clusters").EnumerateArray().Where(c => c.GetProperty("name").GetString() == cluster)
            .SelectMany(c => c.GetProperty("nodes").EnumerateArray()))
        {
            logs.Add(Path.Combine(Path.GetDirectoryName(node.GetProperty("commandLog").GetString()!)!, "command-times.log"));
        }
    }

    /// <summary>
    /// Commands and logins that started between <paramref name="from"/> and <paramref name="to"/> on any node of the
    /// cluster: their sums, their counts, and the time at least one node was busy (the union of their intervals:
    /// a plan's re-check reads the nodes at once, so summing would count that time twice).
    /// </summary>
    public (TimeSpan Commands, TimeSpan Logins, int CommandCount, int LoginCount, TimeSpan Busy) Between(DateTimeOffset from, DateTimeOffset to)
    {
        var entries = logs.Where(File.Exists).SelectMany(File.ReadLines).Select(l => l.Split('\t')).Where(p => p.Length >= 3)
            .Select(p => (Start: DateTimeOffset.Parse(p[0], CultureInfo.InvariantCulture), Took: TimeSpan.FromMilliseconds(double.Parse(p[1], CultureInfo.InvariantCulture)), Command: p[2]))
            .Where(e => e.Start >= from && e.Start <= to).ToList();
        var logins = entries.Where(e => e.Command == Login).ToList();
        var commands = entries.Where(e => e.Command != Login).ToList();
        return (Sum(commands.Select(c => c.Took)), Sum(logins.Select(c => c.Took)), commands.Count, logins.Count, Union(entries.Select(e => (e.Start, e.Start + e.Took))));
    }

    private static TimeSpan Union(IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> intervals)
    {
        var (total, end) = (TimeSpan.Zero, DateTimeOffset.MinValue);
        foreach (var (start, stop) in intervals.OrderBy(i => i.Start))
        {
            var from = start > end ? start : end;
            if (stop > from)
            {
                total += stop - from;
                end = stop;
            }
        }

        return total;
    }

    private static TimeSpan Sum(IEnumerable<TimeSpan> spans) => spans.Aggregate(TimeSpan.Zero, (a, b) => a + b);
}
