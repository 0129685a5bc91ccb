using CertBot.Engine.Inventory.Cache;
using CertBot.Engine.Storage;

namespace CertBot.Storage.Relational;

/// <summary>The facts cache: a row per cluster with its last facts as JSON and the refresh lease beside them.</summary>
public abstract partial class RelationalEngineStore
{
    public async Task SaveFactsAsync(ClusterFacts facts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facts);
        await using var connection = await OpenAsync(cancellationToken);
        // Older facts never replace newer ones: a slow refresh that ends after a quicker one keeps the quicker one's.
        await Db.ExecuteAsync(connection, null,
            "INSERT INTO cluster_facts (cluster, read_at, document) VALUES (@cluster, @at, @doc) " +
            "ON CONFLICT (cluster) DO UPDATE SET read_at = excluded.read_at, document = excluded.document " +
            "WHERE cluster_facts.read_at IS NULL OR cluster_facts.read_at <= excluded.read_at",
            cancellationToken, ("@cluster", facts.Cluster), ("@at", Db.Ticks(facts.ReadAt)), ("@doc", EngineJson.Serialize(facts)));
    }

    public async Task<ClusterFacts?> FactsOfAsync(string cluster, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var document = (string?)await Db.ScalarAsync(connection, null, "SELECT document FROM cluster_facts WHERE cluster = @cluster",
            cancellationToken, ("@cluster", cluster));
        return document is null ? null : EngineJson.Deserialize<ClusterFacts>(document);
    }

    public async Task<bool> TryClaimRefreshAsync(string cluster, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        await using var connection = await OpenAsync(cancellationToken);
        // One statement, as for run leases: the database decides between two claimers, the loser changes no row.
        return await Db.ExecuteAsync(connection, null,
            "INSERT INTO cluster_facts (cluster, lease_owner, lease_until) VALUES (@cluster, @owner, @until) " +
            "ON CONFLICT (cluster) DO UPDATE SET lease_owner = excluded.lease_owner, lease_until = excluded.lease_until " +
            "WHERE cluster_facts.lease_owner IS NULL OR cluster_facts.lease_owner = excluded.lease_owner OR cluster_facts.lease_until <= @now",
            cancellationToken, ("@cluster", cluster), ("@owner", owner), ("@until", Db.Ticks(until)), ("@now", Db.Ticks(now))) == 1;
    }

    public async Task ReleaseRefreshAsync(string cluster, string owner, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        await using var connection = await OpenAsync(cancellationToken);
        await Db.ExecuteAsync(connection, null, "UPDATE cluster_facts SET lease_owner = NULL, lease_until = NULL WHERE cluster = @cluster AND lease_owner = @owner",
            cancellationToken, ("@cluster", cluster), ("@owner", owner));
    }
}
