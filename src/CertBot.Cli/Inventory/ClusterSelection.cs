using CertBot.Engine.Configuration;

namespace CertBot.Cli.Inventory;

/// <summary>The clusters a read-only command reads (<c>--cluster</c>, repeatable; all when absent), shared by <c>inventory</c> and <c>expiring</c>.</summary>
public static class ClusterSelection
{
    /// <summary>The configured clusters named, in configured order; null after saying on stderr what is unknown or missing.</summary>
    public static async Task<IReadOnlyList<ClusterOptions>?> SelectAsync(EngineOptions options, IReadOnlyCollection<string> names)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(names);
        var unknown = names.Where(n => options.FindCluster(n) is null).ToList();
        if (unknown.Count > 0 || options.Clusters.Count == 0)
        {
            var known = options.Clusters.Count == 0 ? "none (add CertBot:Clusters or pass --config)" : string.Join(", ", options.Clusters.Select(c => c.Name));
            await Console.Error.WriteLineAsync(unknown.Count > 0 ? $"unknown cluster {string.Join(", ", unknown)}; configured: {known}" : $"no cluster is configured: {known}");
            return null;
        }

        return names.Count == 0 ? [.. options.Clusters] : [.. options.Clusters.Where(c => names.Contains(c.Name, StringComparer.OrdinalIgnoreCase))];
    }
}
