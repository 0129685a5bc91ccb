namespace CertBot.Lab.Launcher;

/// <summary>One cluster of <c>inventory.json</c>; nodes in configured order (CUCM publisher first).</summary>
internal sealed record InventoryCluster(string Name, string Version, IReadOnlyList<InventoryNode> Nodes);
