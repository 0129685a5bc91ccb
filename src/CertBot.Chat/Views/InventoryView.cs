namespace CertBot.Chat.Views;

/// <summary>A cluster's certificates, node by node: expiry and days left, expired ones highlighted.</summary>
/// <param name="ExpiringWithinDays">The filter asked for; null lists identity certificates and trust ones expiring soon.</param>
/// <param name="NotShown">Rows left out to keep the message within the platform's size limit.</param>
/// <param name="NodeErrors">Nodes that could not be read, with why.</param>
/// <param name="Actions">"Show all" when rows were left out.</param>
public sealed record InventoryView(
    string Cluster,
    DateTimeOffset ReadAt,
    int? ExpiringWithinDays,
    IReadOnlyList<InventoryRow> Rows,
    int NotShown,
    int Expired,
    IReadOnlyList<string> NodeErrors,
    IReadOnlyList<ViewAction>? Actions = null) : ChatView
{
    public override string Summary => $"Certificates of {Cluster}: {Rows.Count + NotShown} listed, {Expired} expired";
}
