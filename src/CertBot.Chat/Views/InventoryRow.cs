namespace CertBot.Chat.Views;

/// <summary>One certificate on one node.</summary>
/// <param name="Store"><c>own</c> for identity certificates, else the trust store.</param>
public sealed record InventoryRow(string Node, string Store, string Unit, string File, DateTimeOffset NotAfter, int DaysLeft, bool Expired);
