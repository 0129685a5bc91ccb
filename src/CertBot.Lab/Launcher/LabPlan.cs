using CertBot.Lab.Definition;

namespace CertBot.Lab.Launcher;

/// <summary>The daemons a lab definition asks for: one sshd per node and one for the SFTP server, not started yet.</summary>
internal static class LabPlan
{
    public const string SftpName = "sftp";

    public static IReadOnlyList<DaemonRecord> Daemons(LabDefinition definition, LabAddressPlan addresses, RuntimeLayout layout)
    {
        var daemons = new List<DaemonRecord>();
        foreach (var cluster in definition.Clusters)
        {
            foreach (var node in cluster.Nodes)
            {
                var files = new DaemonFiles(layout.NodeDirectory(cluster.Name, node.Name));
                daemons.Add(new DaemonRecord
                {
                    Name = $"{cluster.Name}/{node.Name}",
                    Kind = "node",
                    Address = addresses.AddressOf(node),
                    Port = addresses.Port,
                    Directory = files.Directory,
                    StateDirectory = layout.StateDirectory(cluster.Name, node.Name),
                    LegacySsh = node.LegacySsh,
                    NamespaceScript = NamespaceScript.ForNode(layout, files),
                });
            }
        }

        var sftp = new DaemonFiles(layout.Sftp);
        daemons.Add(new DaemonRecord
        {
            Name = SftpName,
            Kind = "sftp",
            Address = addresses.SftpAddress(definition),
            Port = addresses.Port,
            Directory = sftp.Directory,
            NamespaceScript = NamespaceScript.ForSftp(layout, sftp, definition.Sftp.Directory),
        });
        return daemons;
    }

    /// <summary>The sshd_config text of a planned daemon.</summary>
    public static string ConfigOf(DaemonRecord daemon, LabDefinition definition, RuntimeLayout layout) =>
        daemon.StateDirectory is { } state
            ? SshdConfig.ForNode(daemon.Address, daemon.Port, daemon.Files, state, daemon.LegacySsh)
            : SshdConfig.ForSftp(daemon.Address, daemon.Port, daemon.Files, definition.Sftp.Directory);
}
