using System.Text.Json;

namespace CertBot.Testing;

/// <summary>The content of a running lab's <c>inventory.json</c>.</summary>
public sealed record LabInventory(IReadOnlyList<LabCluster> Clusters, LabSftp Sftp)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Reads an inventory file.</summary>
    /// <exception cref="InvalidDataException">The file is not a lab inventory.</exception>
    public static LabInventory Load(string path) =>
        JsonSerializer.Deserialize<LabInventory>(File.ReadAllText(path), Json) is { Clusters.Count: > 0, Sftp: not null } inventory
            ? inventory
            : throw new InvalidDataException($"{path} is not a lab inventory");

    /// <summary>The cluster of that name.</summary>
    /// <exception cref="KeyNotFoundException">No such cluster.</exception>
    public LabCluster Cluster(string name) =>
        Clusters.FirstOrDefault(c => c.Name == name)
        ?? throw new KeyNotFoundException($"the lab has no cluster {name}: {string.Join(", ", Clusters.Select(c => c.Name))}");

    /// <summary>A node by cluster and short name, e.g. <c>Node("lab-east", "cucm-pub")</c>.</summary>
    public LabNode Node(string cluster, string name) => Cluster(cluster).Node(name);
}
