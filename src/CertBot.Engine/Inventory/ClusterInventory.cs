namespace CertBot.Engine.Inventory;

/// <summary>One cluster's inventory, nodes in configured order.</summary>
public sealed record ClusterInventory(string Name, IReadOnlyList<NodeInventory> Nodes);
