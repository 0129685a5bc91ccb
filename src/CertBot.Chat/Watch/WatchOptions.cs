namespace CertBot.Chat.Watch;

/// <summary>
/// <c>CertBot:Watch</c>: the expiry watch. A cluster is watched once it has a channel, named here or captured by
/// <c>watch &lt;cluster&gt; here</c>; its entry here sets its thresholds, whether trust counts, and quiet hours.
/// </summary>
public sealed record WatchOptions
{
    public const string Section = "CertBot:Watch";

    /// <summary>How often the watch reads the watched clusters' certificates. Default 30 minutes.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Whether a weekly digest of everything within the largest threshold is posted. Default true.</summary>
    public bool WeeklyDigest { get; init; } = true;

    /// <summary>The day of the digest, in each cluster's time zone. Default Monday.</summary>
    public DayOfWeek DigestDay { get; init; } = DayOfWeek.Monday;

    /// <summary>The time of the digest, in each cluster's time zone. Default 08:00; a host that was down all that day skips the week's.</summary>
    public TimeOnly DigestTime { get; init; } = new(8, 0);

    /// <summary>An announcement claimed by an instance that did not post it within this time is taken over by another. Default 10 minutes.</summary>
    public TimeSpan ClaimStaleAfter { get; init; } = TimeSpan.FromMinutes(10);

    public IReadOnlyList<WatchClusterOptions> Clusters { get; init; } = [];

    /// <summary>The cluster's watch settings: its entry, or the defaults.</summary>
    public WatchClusterOptions For(string cluster) =>
        Clusters.FirstOrDefault(c => string.Equals(c.Cluster, cluster, StringComparison.OrdinalIgnoreCase)) ?? new WatchClusterOptions { Cluster = cluster };
}
