namespace CertBot.Chat.Views;

/// <summary>
/// A cluster's certificates in a form that fits one card whatever the cluster's size: one row of counts per node,
/// then only the certificates that need attention, most urgent first, and how old the facts are.
/// </summary>
/// <param name="ExpiringWithinDays">The filter asked for (<c>certs &lt;cluster&gt; expiring &lt;days&gt;</c>); null without one.</param>
/// <param name="ThresholdDays">What "expiring" means on this card: the days asked for, else the configured horizon.</param>
/// <param name="Nodes">Every configured node, in the cluster's work order.</param>
/// <param name="Attention">
/// Certificates expired or expiring within <paramref name="ThresholdDays"/>, most urgent first: identity before trust,
/// each expired before expiring, the fewest days left first; at most a card's list.
/// </param>
/// <param name="AttentionNotShown">Certificates needing attention left out to keep the card within the platforms' limits.</param>
/// <param name="NotShownOn">The nodes those left-out certificates are on, for the "show all for &lt;node&gt;" hint.</param>
/// <param name="NodeErrors">Nodes that could not be read, with why.</param>
/// <param name="Actions">Refresh (read the cluster again).</param>
/// <param name="AsOf">How old the facts are ("as of 10:42 UTC (7 min ago)"); the cards show it beside the filter.</param>
public sealed record InventoryView(
    string Cluster,
    DateTimeOffset ReadAt,
    int? ExpiringWithinDays,
    int ThresholdDays,
    IReadOnlyList<InventoryNodeRow> Nodes,
    IReadOnlyList<InventoryRow> Attention,
    int AttentionNotShown,
    IReadOnlyList<string> NotShownOn,
    IReadOnlyList<string> NodeErrors,
    IReadOnlyList<ViewAction>? Actions = null,
    string? AsOf = null) : ChatView
{
    /// <summary>Expired certificates on the cluster, identity and trust.</summary>
    public int Expired => Nodes.Sum(n => n.IdentityExpired + n.TrustExpired);

    /// <summary>Identity certificates expiring within <see cref="ThresholdDays"/>.</summary>
    public int Expiring => Nodes.Sum(n => n.IdentityExpiring);

    public override string Summary =>
        $"Certificates of {Cluster}: {Nodes.Count} nodes, {Expired} expired, {Expiring} expiring within {ThresholdDays} days";

    /// <summary>
    /// The same view listing only the first <paramref name="keep"/> certificates needing attention, the rest counted:
    /// for a front whose message would otherwise exceed its size limit (long node names, many nodes).
    /// </summary>
    public InventoryView Keeping(int keep)
    {
        var kept = Attention.Take(Math.Max(0, keep)).ToList();
        var on = Attention.Skip(kept.Count).Select(r => r.Node).Concat(NotShownOn).ToHashSet(StringComparer.Ordinal);
        return this with
        {
            Attention = kept,
            AttentionNotShown = AttentionNotShown + Attention.Count - kept.Count,
            NotShownOn = [.. Nodes.Select(n => n.Node).Where(on.Contains)],
        };
    }

    /// <summary>What the card lists, in words: "expired certificates", "expiring within 60 days".</summary>
    public string Filter => ExpiringWithinDays switch
    {
        <= 0 => "expired certificates",
        { } days => $"expiring within {days} days",
        null => $"expiring means within {ThresholdDays} days",
    };

    /// <summary>The line in place of the attention list when it is empty.</summary>
    public string NothingNeedsAttention => ExpiringWithinDays <= 0
        ? "Nothing needs attention: no certificate has expired."
        : $"Nothing needs attention: no certificate expired or expiring within {ThresholdDays} days.";

    /// <summary>The line under the attention list when some were left out: how many, and where to see them.</summary>
    public string? NotShownHint => AttentionNotShown == 0 ? null
        : $"… and {AttentionNotShown} more on {(NotShownOn.Count <= 5 ? string.Join(", ", NotShownOn) : $"{NotShownOn.Count} nodes")}: "
          + "`show all for <node>` (or the node's All certificates button) lists every certificate of a node";
}
