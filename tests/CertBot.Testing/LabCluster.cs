namespace CertBot.Testing;

/// <summary>One cluster of a running lab; nodes in configured order (CUCM publisher, CUCM subscribers, IM/P publisher, IM/P subscribers).</summary>
public sealed record LabCluster(string Name, string Version, IReadOnlyList<LabNode> Nodes)
{
    /// <summary>The node of that short name.</summary>
    /// <exception cref="KeyNotFoundException">No such node in this cluster.</exception>
    public LabNode Node(string name) =>
        Nodes.FirstOrDefault(n => n.Name == name)
        ?? throw new KeyNotFoundException($"cluster {Name} has no node {name}: {string.Join(", ", Nodes.Select(n => n.Name))}");
}
