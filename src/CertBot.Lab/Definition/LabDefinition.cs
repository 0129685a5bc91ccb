using System.Text.Json;

namespace CertBot.Lab.Definition;

/// <summary>
/// The lab as described by <c>lab.json</c>: clusters with their nodes, the SFTP server and the lab CA.
/// </summary>
public sealed class LabDefinition
{
    /// <summary>Clusters in configured order.</summary>
    public IReadOnlyList<ClusterDefinition> Clusters { get; init; } = [];

    /// <summary>The one SFTP server used for bulk certificate exchange.</summary>
    public SftpDefinition Sftp { get; init; } = new();

    /// <summary>The lab CA that signs CA-signed identity certificates.</summary>
    public CertificateAuthorityDefinition CertificateAuthority { get; init; } = new();

    /// <summary>Reads and validates a definition file.</summary>
    /// <exception cref="LabDefinitionException">The file is not a usable lab definition.</exception>
    public static LabDefinition Load(string path)
    {
        LabDefinition? definition;
        try
        {
            definition = JsonSerializer.Deserialize<LabDefinition>(File.ReadAllText(path), DefinitionJson.Options);
        }
        catch (JsonException ex)
        {
            throw new LabDefinitionException(path, $"not valid JSON: {ex.Message}", ex);
        }

        if (definition is null || definition.Clusters.Count == 0)
        {
            throw new LabDefinitionException(path, "it defines no cluster");
        }

        definition.Validate(path);
        return definition;
    }

    private void Validate(string path)
    {
        foreach (var cluster in Clusters)
        {
            if (cluster.Nodes.Count(n => n.Product == "cucm" && n.Role == "publisher") != 1)
            {
                throw new LabDefinitionException(path, $"cluster '{cluster.Name}' needs exactly one CUCM publisher");
            }

            foreach (var node in cluster.Nodes)
            {
                if (node.Product is not ("cucm" or "imp") || node.Role is not ("publisher" or "subscriber"))
                {
                    throw new LabDefinitionException(path, $"node '{cluster.Name}/{node.Name}' has product '{node.Product}' role '{node.Role}': use cucm|imp and publisher|subscriber");
                }
            }

            foreach (var expired in cluster.ExpiredTrust)
            {
                if (cluster.Nodes.All(n => n.Name != expired.Node))
                {
                    throw new LabDefinitionException(path, $"expired trust certificate of cluster '{cluster.Name}' names unknown node '{expired.Node}'");
                }
            }
        }
    }
}
