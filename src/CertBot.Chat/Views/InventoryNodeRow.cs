namespace CertBot.Chat.Views;

/// <summary>One node of a compact inventory: what it is and how its certificates stand, in counts.</summary>
/// <param name="Description">Product and role in words ("CUCM publisher").</param>
/// <param name="IdentityValid">Identity certificates neither expired nor expiring within the card's threshold.</param>
/// <param name="IdentityExpiring">Identity certificates expiring within the card's threshold, not yet expired.</param>
/// <param name="IdentityExpired">Identity certificates already expired.</param>
/// <param name="TrustExpired">Expired trust certificates (what <c>purge expired trust</c> removes).</param>
/// <param name="ServicesDown">Activated services not started; null when the facts hold no service list for the node.</param>
/// <param name="Read">False when the node could not be read (its error is among the view's node errors).</param>
/// <param name="ShowAll">"All certificates": posts the node's every certificate.</param>
public sealed record InventoryNodeRow(
    string Node,
    string Description,
    int IdentityValid,
    int IdentityExpiring,
    int IdentityExpired,
    int TrustExpired,
    int? ServicesDown,
    bool Read,
    ViewAction ShowAll)
{
    /// <summary>Something on the node is expired: its row is drawn in attention.</summary>
    public bool HasExpired => IdentityExpired > 0 || TrustExpired > 0;
}
