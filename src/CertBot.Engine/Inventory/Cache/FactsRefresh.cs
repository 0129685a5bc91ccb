namespace CertBot.Engine.Inventory.Cache;

/// <summary>What one refresh did: the facts it read, or why it read nothing now.</summary>
/// <param name="Facts">The facts read and stored; null when skipped.</param>
/// <param name="Skipped">Why nothing was read (a run holds the cluster, another instance reads it); null when read.</param>
public sealed record FactsRefresh(ClusterFacts? Facts, string? Skipped)
{
    public static FactsRefresh Read(ClusterFacts facts) => new(facts, null);

    public static FactsRefresh Skip(string why) => new(null, why);
}
