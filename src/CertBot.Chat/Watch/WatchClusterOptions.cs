using CertBot.Engine.Expiry;

namespace CertBot.Chat.Watch;

/// <summary>One watched cluster (<c>CertBot:Watch:Clusters[]</c>).</summary>
public sealed record WatchClusterOptions
{
    /// <summary>The configured cluster's name.</summary>
    public string Cluster { get; init; } = "";

    /// <summary>Days left at which the watch speaks; empty means <see cref="ExpiryThresholds.Default"/> (60, 30, 14, 7, 1).</summary>
    public IReadOnlyList<int> Thresholds { get; init; } = [];

    /// <summary>Whether trust certificates count (expired ones are offered for purge). Default true.</summary>
    public bool IncludeTrust { get; init; } = true;

    /// <summary>When nothing is posted, in the cluster's time zone; what comes up then is posted when they end.</summary>
    public QuietHoursOptions? QuietHours { get; init; }

    /// <summary>Channels named in configuration, beside those captured by <c>watch &lt;cluster&gt; here</c>.</summary>
    public IReadOnlyList<WatchChannelOptions> Channels { get; init; } = [];

    public IReadOnlyList<int> EffectiveThresholds => Thresholds.Count == 0 ? ExpiryThresholds.Default : Thresholds;
}
