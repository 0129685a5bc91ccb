using System.Collections.Concurrent;

namespace CertBot.Engine.Signals;

/// <summary>
/// The clusters a run changed, reported when the run ends (its cluster lock given back), so the facts refresher
/// reads them again at once instead of at its next interval: after a regeneration the cache's certificates are
/// the old ones.
/// </summary>
public sealed class ClusterChanges
{
    private readonly ConcurrentDictionary<string, byte> changed = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Pulsed after each report.</summary>
    public WakeUp Reported { get; } = new();

    public void Report(IEnumerable<string> clusters)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        foreach (var cluster in clusters)
        {
            changed[cluster] = 0;
        }

        Reported.Pulse();
    }

    /// <summary>The clusters reported since the last call, each once.</summary>
    public IReadOnlyList<string> Take()
    {
        var taken = new List<string>();
        foreach (var cluster in changed.Keys)
        {
            if (changed.TryRemove(cluster, out _))
            {
                taken.Add(cluster);
            }
        }

        return taken;
    }
}
