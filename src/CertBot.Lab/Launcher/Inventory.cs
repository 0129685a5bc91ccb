using CertBot.Lab.Definition;

namespace CertBot.Lab.Launcher;

/// <summary>Builds the inventory of a freshly started lab.</summary>
internal static class Inventory
{
    /// <param name="keys">Host keys in the order of <see cref="LabPlan.Daemons"/> (nodes, then the SFTP server).</param>
    public static InventoryDocument Build(
        LabDefinition definition, LabAddressPlan addresses, RuntimeLayout layout, IReadOnlyList<HostKey> keys,
        string adminPassword, string sftpPassword)
    {
        var index = 0;
        var clusters = new List<InventoryCluster>();
        foreach (var cluster in definition.Clusters)
        {
            var nodes = new List<(NodeDefinition Definition, InventoryNode Entry)>();
            foreach (var node in cluster.Nodes)
            {
                var key = keys[index++];
                var state = layout.StateDirectory(cluster.Name, node.Name);
                nodes.Add((node, new InventoryNode(
                    node.Name, cluster.FqdnOf(node), node.Product, node.Role, addresses.AddressOf(node), addresses.Port,
                    FakeAccounts.Admin, adminPassword, key.Sha256, key.PublicKey, Path.Combine(state, "commands.log"), state, node.LegacySsh)));
            }

            // The configured order CertBot expects: CUCM publisher, CUCM subscribers, IM/P publisher, IM/P subscribers.
            var ordered = nodes
                .OrderBy(n => n.Definition.Product == "cucm" ? 0 : 1)
                .ThenBy(n => n.Definition.IsPublisher ? 0 : 1)
                .Select(n => n.Entry)
                .ToList();
            clusters.Add(new InventoryCluster(cluster.Name, cluster.Version, ordered));
        }

        var sftpKey = keys[index];
        var sftp = new InventorySftp(
            addresses.SftpAddress(definition), addresses.Port, definition.Sftp.Username, sftpPassword,
            definition.Sftp.Directory, sftpKey.Sha256, sftpKey.PublicKey, layout.SftpDrop);
        return new InventoryDocument(clusters, sftp);
    }
}
