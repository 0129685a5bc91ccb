namespace CertBot.Lab.Launcher;

/// <summary><c>inventory.json</c>: how to reach every node and the SFTP server of a running lab (mode 0600).</summary>
internal sealed record InventoryDocument(IReadOnlyList<InventoryCluster> Clusters, InventorySftp Sftp);
