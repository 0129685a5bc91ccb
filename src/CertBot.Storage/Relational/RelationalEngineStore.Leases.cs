namespace CertBot.Storage.Relational;

/// <summary>Run leases: two columns of the run's row, changed without its version (a renewal is no change of the run).</summary>
public abstract partial class RelationalEngineStore
{
    public async Task<bool> TryClaimAsync(Guid runId, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        await using var connection = await OpenAsync(cancellationToken);
        // One statement: the database decides between two claimers, the loser changes no row.
        return await Db.ExecuteAsync(connection, null,
            "UPDATE runs SET lease_owner = @owner, lease_until = @until WHERE id = @id AND (lease_owner IS NULL OR lease_owner = @owner OR lease_until <= @now)",
            cancellationToken, ("@owner", owner), ("@until", Db.Ticks(until)), ("@id", runId.ToString()), ("@now", Db.Ticks(now))) == 1;
    }

    public async Task<bool> RenewAsync(Guid runId, string owner, DateTimeOffset until, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        await using var connection = await OpenAsync(cancellationToken);
        return await Db.ExecuteAsync(connection, null, "UPDATE runs SET lease_until = @until WHERE id = @id AND lease_owner = @owner",
            cancellationToken, ("@until", Db.Ticks(until)), ("@id", runId.ToString()), ("@owner", owner)) == 1;
    }

    public async Task ReleaseAsync(Guid runId, string owner, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        await using var connection = await OpenAsync(cancellationToken);
        await Db.ExecuteAsync(connection, null, "UPDATE runs SET lease_owner = NULL, lease_until = NULL WHERE id = @id AND lease_owner = @owner",
            cancellationToken, ("@id", runId.ToString()), ("@owner", owner));
    }

    public async Task<string?> LeaseHolderAsync(Guid runId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (string?)await Db.ScalarAsync(connection, null, "SELECT lease_owner FROM runs WHERE id = @id AND lease_until > @now",
            cancellationToken, ("@id", runId.ToString()), ("@now", Db.Ticks(now)));
    }
}
