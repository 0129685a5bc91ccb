namespace CertBot.Chat.Views;

/// <summary>
/// The expiry watch speaking first: the certificates of a cluster that crossed a threshold (or, for the weekly
/// digest, everything within the largest one), with one button per remedy that plans it, as a typed command would.
/// </summary>
/// <param name="Band">The threshold crossed (days; 0 for expired); null for the digest.</param>
/// <param name="NotShown">Rows left out to stay within the platforms' limits (the soonest are shown).</param>
/// <param name="Actions">Plan regeneration / Plan renewal / Plan purge, one per group.</param>
public sealed record ExpiryView(
    string Cluster,
    int? Band,
    DateTimeOffset ReadAt,
    IReadOnlyList<ExpiryRow> Rows,
    int NotShown,
    IReadOnlyList<ViewAction> Actions) : ChatView
{
    public bool IsDigest => Band is null;

    /// <summary>The card's heading: "lab-east: 2 certificates expire within 30 days".</summary>
    public string Heading => IsDigest
        ? $"Weekly expiry digest of {Cluster}: {Count(Rows.Count + NotShown)}"
        : Band == 0
            ? $"{Cluster}: {Count(Rows.Count + NotShown)} expired"
            : $"{Cluster}: {Count(Rows.Count + NotShown)} expire{(Rows.Count + NotShown == 1 ? "s" : "")} within {Band} day{(Band == 1 ? "" : "s")}";

    public override string Summary => Heading;

    private static string Count(int n) => n == 1 ? "1 certificate" : $"{n} certificates";
}
