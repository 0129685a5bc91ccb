namespace CertBot.Engine.Configuration;

/// <summary><c>CertBot:Facts</c>: the facts cache that answers <c>certs</c> and the plan cards without logging in first.</summary>
public sealed class FactsOptions
{
    public const string Section = "CertBot:Facts";

    /// <summary>Whether this instance refreshes the cache in the background (the cache is read either way).</summary>
    public bool Refresh { get; set; } = true;

    /// <summary>How often each cluster's facts are read again (default 30 minutes), give or take <see cref="Jitter"/>.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// The share of <see cref="RefreshInterval"/> each refresh is moved by at random (default 0.1: ±3 minutes), so
    /// the clusters, and several instances, do not log in to every node at the same moment.
    /// </summary>
    public double Jitter { get; set; } = 0.1;

    /// <summary>
    /// The oldest facts an answer is made from (default 45 minutes: longer than an interval and its jitter, so a
    /// running refresher keeps the cache warm). Older or incomplete facts are read live, as with no cache.
    /// </summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromMinutes(45);

    /// <summary>How long one instance holds a cluster's refresh (default 10 minutes); a killed instance's lease runs out.</summary>
    public TimeSpan LeaseTime { get; set; } = TimeSpan.FromMinutes(10);
}
