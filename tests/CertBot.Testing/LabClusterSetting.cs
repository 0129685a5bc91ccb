using System.Globalization;
using System.Text.Json;

namespace CertBot.Testing;

/// <summary>A setting of one lab cluster as a configuration key to layer over the lab's certbot.json.</summary>
public static class LabClusterSetting
{
    /// <summary><c>CertBot:Clusters:i:&lt;key&gt;</c> = <paramref name="value"/> for the cluster named <paramref name="cluster"/>.</summary>
    /// <exception cref="KeyNotFoundException">The file configures no such cluster.</exception>
    public static IReadOnlyDictionary<string, string?> For(string certBotConfigPath, string cluster, string key, string value)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(certBotConfigPath));
        var clusters = document.RootElement.GetProperty("CertBot").GetProperty("Clusters").EnumerateArray().Select(c => c.GetProperty("Name").GetString()).ToList();
        var index = clusters.IndexOf(cluster);
        return index < 0
            ? throw new KeyNotFoundException($"{certBotConfigPath} configures no cluster {cluster}: {string.Join(", ", clusters)}")
            : new Dictionary<string, string?> { [string.Create(CultureInfo.InvariantCulture, $"CertBot:Clusters:{index}:{key}")] = value };
    }
}
