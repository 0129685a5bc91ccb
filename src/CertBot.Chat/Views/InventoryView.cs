namespace CertBot.Chat.Views;

/// <summary>A cluster's certificates, node by node: expiry and days left, expired ones highlighted, and when they were read.</summary>
/// <param name="ExpiringWithinDays">The filter asked for; null lists identity certificates and trust ones expiring soon.</param>
/// <param name="NotShown">Rows left out to keep the message within the platform's size limit.</param>
/// <param name="NodeErrors">Nodes that could not be read, with why.</param>
/// <param name="Actions">"Show all" when rows were left out; Refresh (read the cluster again) always.</param>
/// <param name="AsOf">How old the facts are ("as of 10:42 UTC (7 min ago)"); the cards show it beside the filter.</param>
public sealed record InventoryView(
    string Cluster,
    DateTimeOffset ReadAt,
    int? ExpiringWithinDays,
    IReadOnlyList<InventoryRow> Rows,
    int NotShown,
    int Expired,
    IReadOnlyList<string> NodeErrors,
    IReadOnlyList<ViewAction>? Actions = null,
    string? AsOf = null) : ChatView
{
    public override string Summary => $"Certificates of {Cluster}: {Rows.Count + NotShown} listed, {Expired} expired";
}
