using CertBot.Engine.Runs;
using CertBot.Engine.Storage;

namespace CertBot.Storage.Relational;

/// <summary>
/// Delivery claims: one row per run being delivered (or waiting out a backoff), taken with one upsert whose
/// condition the database checks, so two instances never both deliver a run's events.
/// </summary>
public abstract partial class RelationalEngineStore
{
    public async Task<IReadOnlyList<ProgressEvent>> ClaimPendingAsync(string owner, DateTimeOffset now, DateTimeOffset until, int runs, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        await using var connection = await OpenAsync(cancellationToken);
        var candidates = await Db.QueryAsync(connection,
            "SELECT run_id, MIN(id) AS first_id FROM outbox WHERE delivered_at IS NULL AND run_id NOT IN " +
            "(SELECT run_id FROM outbox_claims WHERE owner <> @owner AND claimed_until > @now) GROUP BY run_id ORDER BY first_id LIMIT @limit",
            r => Db.Text(r, "run_id"), cancellationToken, ("@owner", owner), ("@now", Db.Ticks(now)), ("@limit", (long)runs));
        var events = new List<ProgressEvent>();
        foreach (var run in candidates)
        {
            var claimed = await Db.ExecuteAsync(connection, null,
                "INSERT INTO outbox_claims (run_id, owner, claimed_until) VALUES (@run, @owner, @until) ON CONFLICT (run_id) DO UPDATE " +
                "SET owner = excluded.owner, claimed_until = excluded.claimed_until WHERE outbox_claims.owner = excluded.owner OR outbox_claims.claimed_until <= @now",
                cancellationToken, ("@run", run), ("@owner", owner), ("@until", Db.Ticks(until)), ("@now", Db.Ticks(now)));
            if (claimed == 1)
            {
                events.AddRange(await Db.QueryAsync(connection, "SELECT * FROM outbox WHERE run_id = @run AND delivered_at IS NULL ORDER BY id", ReadEvent,
                    cancellationToken, ("@run", run)));
            }
        }

        return events;
    }

    public async Task ReleaseDeliveryAsync(Guid runId, string owner, DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        await using var connection = await OpenAsync(cancellationToken);
        if (retryAt is { } at)
        {
            await Db.ExecuteAsync(connection, null, "UPDATE outbox_claims SET owner = @backoff, claimed_until = @at WHERE run_id = @run AND owner = @owner", cancellationToken,
                ("@backoff", IOutboxStore.BackoffOwner), ("@at", Db.Ticks(at)), ("@run", runId.ToString()), ("@owner", owner));
            return;
        }

        await Db.ExecuteAsync(connection, null, "DELETE FROM outbox_claims WHERE run_id = @run AND owner = @owner", cancellationToken,
            ("@run", runId.ToString()), ("@owner", owner));
    }
}
