namespace CertBot.Chat.Views;

/// <summary>
/// Every certificate of one node (<c>show all for &lt;node&gt;</c>, a node's All certificates button): identity ones
/// first, then trust ones, each by expiry. A node with more than a card holds is answered in several pages.
/// </summary>
/// <param name="Description">Product and role in words ("IM and Presence subscriber").</param>
/// <param name="ThresholdDays">What "expiring" means on this card (marked beside the certificate).</param>
/// <param name="Rows">This page's certificates.</param>
/// <param name="First">Zero-based position of this page's first certificate among all of the node's.</param>
/// <param name="Total">How many certificates the node has.</param>
/// <param name="NotShown">Certificates beyond the last page CertBot posts (0 but for a node with hundreds).</param>
/// <param name="Error">Why the node could not be read (completely); null when it was.</param>
/// <param name="AsOf">How old the facts are.</param>
public sealed record NodeCertificatesView(
    string Cluster,
    string Node,
    string Description,
    DateTimeOffset ReadAt,
    int ThresholdDays,
    IReadOnlyList<InventoryRow> Rows,
    int First,
    int Total,
    int NotShown,
    string? Error,
    string? AsOf = null) : ChatView
{
    public override string Summary => $"Certificates of {Node} ({Cluster}): {Range}";

    /// <summary>"all 60", or "41–80 of 130" on a page.</summary>
    public string Range => Rows.Count == Total ? $"all {Total}" : $"{First + 1}–{First + Rows.Count} of {Total}";

    /// <summary>The line after the last page of a node with more certificates than CertBot posts.</summary>
    public static string NotShownHint(int notShown) =>
        $"… and {notShown} more not shown (CertBot posts a node's first certificates in a few cards): `certbot inventory` on the command line lists every one.";

    /// <summary>The certificate as one line of a node's list, marked when it needs attention.</summary>
    public string Line(InventoryRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var mark = row.Expired ? "EXPIRED · " : row.DaysLeft <= ThresholdDays ? "expiring · " : "";
        return $"{mark}{row.What} · {row.When}";
    }
}
