using System.Data.Common;
using CertBot.Engine.Runs;
using CertBot.Engine.Storage;

namespace CertBot.Storage.Relational;

/// <summary>
/// The engine store in SQL that SQLite and PostgreSQL both speak (ON CONFLICT, RETURNING-free, ticks as
/// BIGINT, ids as text). A <see cref="RunUpdate"/> is one transaction: the run row is updated only at the
/// version the change was made from, so two writers can never both win; locks, gates, journal and outbox go
/// in with it or not at all.
/// </summary>
public abstract partial class RelationalEngineStore(SqlDialect dialect, TimeProvider time) : IEngineStore
{
    /// <summary>An open connection, ready for commands.</summary>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Begins the transaction a write runs in (SQLite takes the write lock at once).</summary>
    protected virtual ValueTask<DbTransaction> BeginAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.BeginTransactionAsync(cancellationToken);

    public async Task<Run> CreateAsync(RunUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        return await WriteAsync(update, async (connection, transaction, stored) =>
        {
            await Db.ExecuteAsync(connection, transaction,
                "INSERT INTO runs (id, cluster, state, version, requested_by, plan_hash, created_at, updated_at, document) " +
                "VALUES (@id, @cluster, @state, @version, @by, @hash, @created, @updated, @doc)", cancellationToken, RunColumns(stored));
        }, cancellationToken);
    }

    public async Task<Run> CommitAsync(RunUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        return await WriteAsync(update, async (connection, transaction, stored) =>
        {
            // With a lease owner, the row changes only while that worker holds the run (IRunLeaseStore).
            (string, object?)[] leased = update.LeaseOwner is null ? [] : [("@owner", update.LeaseOwner)];
            var changed = await Db.ExecuteAsync(connection, transaction,
                "UPDATE runs SET cluster = @cluster, state = @state, version = @version, requested_by = @by, plan_hash = @hash, " +
                "created_at = @created, updated_at = @updated, document = @doc WHERE id = @id AND version = @expected" + (leased.Length > 0 ? " AND lease_owner = @owner" : ""),
                cancellationToken, [.. RunColumns(stored), ("@expected", update.ExpectedVersion), .. leased]);
            if (changed == 0)
            {
                throw new RunConflictException(stored.Id, update.ExpectedVersion);
            }
        }, cancellationToken);
    }

    private async Task<Run> WriteAsync(RunUpdate update, Func<DbConnection, DbTransaction, Run, Task> writeRun, CancellationToken cancellationToken)
    {
        var stored = update.Run with { Version = update.ExpectedVersion + 1 };
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginAsync(connection, cancellationToken);
        // The run row first: on PostgreSQL it locks the row, so concurrent commits of one run queue here.
        await writeRun(connection, transaction, stored);
        await WriteLocksAsync(connection, transaction, update, cancellationToken);
        await WriteGatesAsync(connection, transaction, update.Gates, cancellationToken);
        await WriteJournalAsync(connection, transaction, update.Journal, cancellationToken);
        await WriteEventsAsync(connection, transaction, update.Events, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    private static (string, object?)[] RunColumns(Run run) =>
    [
        ("@id", run.Id.ToString()), ("@cluster", run.Cluster), ("@state", run.State.ToString()), ("@version", run.Version),
        ("@by", run.RequestedBy), ("@hash", run.Plan.Hash), ("@created", Db.Ticks(run.CreatedAt)), ("@updated", Db.Ticks(run.UpdatedAt)),
        ("@doc", EngineJson.Serialize(run)),
    ];

    private static async Task WriteLocksAsync(DbConnection connection, DbTransaction transaction, RunUpdate update, CancellationToken cancellationToken)
    {
        var runId = update.Run.Id.ToString();
        // One global order (by name): two runs taking A,B and B,A at once would otherwise wait on each other's
        // row and PostgreSQL would abort one with a deadlock instead of answering "cluster busy".
        foreach (var cluster in update.AcquireLocks.Order(StringComparer.Ordinal))
        {
            await Db.ExecuteAsync(connection, transaction,
                "INSERT INTO cluster_locks (cluster, run_id, acquired_at) VALUES (@cluster, @run, @at) ON CONFLICT (cluster) DO NOTHING",
                cancellationToken, ("@cluster", cluster), ("@run", runId), ("@at", Db.Ticks(update.Run.UpdatedAt)));
            var holder = (string?)await Db.ScalarAsync(connection, transaction, "SELECT run_id FROM cluster_locks WHERE cluster = @cluster",
                cancellationToken, ("@cluster", cluster));
            if (holder != runId)
            {
                throw new ClusterBusyException(cluster, Guid.Parse(holder!));
            }
        }

        foreach (var cluster in update.ReleaseLocks)
        {
            await Db.ExecuteAsync(connection, transaction, "DELETE FROM cluster_locks WHERE cluster = @cluster AND run_id = @run",
                cancellationToken, ("@cluster", cluster), ("@run", runId));
        }
    }

    private static async Task WriteGatesAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<Gate> gates, CancellationToken cancellationToken)
    {
        foreach (var gate in gates)
        {
            await Db.ExecuteAsync(connection, transaction,
                "INSERT INTO gates (id, run_id, ordinal, step_index, kind, plan_hash, title, created_at, expires_at, state, decided_by, decided_at, comment) " +
                "VALUES (@id, @run, (SELECT COUNT(*) FROM gates WHERE run_id = @run), @step, @kind, @hash, @title, @created, @expires, @state, @by, @at, @comment) " +
                "ON CONFLICT (id) DO UPDATE SET state = excluded.state, decided_by = excluded.decided_by, decided_at = excluded.decided_at, comment = excluded.comment",
                cancellationToken,
                ("@id", gate.Id.ToString()), ("@run", gate.RunId.ToString()), ("@step", gate.StepIndex), ("@kind", gate.Kind.ToString()),
                ("@hash", gate.PlanHash), ("@title", gate.Title), ("@created", Db.Ticks(gate.CreatedAt)), ("@expires", Db.Ticks(gate.ExpiresAt)),
                ("@state", gate.State.ToString()), ("@by", gate.DecidedBy), ("@at", Db.Ticks(gate.DecidedAt)), ("@comment", gate.Comment));
        }
    }

    private static async Task WriteJournalAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<JournalEntry> entries, CancellationToken cancellationToken)
    {
        foreach (var entry in entries)
        {
            await Db.ExecuteAsync(connection, transaction,
                "INSERT INTO journal (run_id, sequence, at, kind, step_index, principal, message, command, output_tail, changes) " +
                "VALUES (@run, (SELECT COALESCE(MAX(sequence), 0) + 1 FROM journal WHERE run_id = @run), @at, @kind, @step, @principal, @message, @command, @output, @changes)",
                cancellationToken,
                ("@run", entry.RunId.ToString()), ("@at", Db.Ticks(entry.At)), ("@kind", entry.Kind.ToString()), ("@step", entry.StepIndex),
                ("@principal", entry.Principal), ("@message", entry.Message), ("@command", entry.Command), ("@output", entry.OutputTail),
                ("@changes", entry.Changes is null ? null : EngineJson.Serialize(entry.Changes)));
        }
    }

    private static async Task WriteEventsAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<ProgressEvent> events, CancellationToken cancellationToken)
    {
        foreach (var progress in events)
        {
            await Db.ExecuteAsync(connection, transaction,
                "INSERT INTO outbox (run_id, at, kind, state, step_index, message) VALUES (@run, @at, @kind, @state, @step, @message)",
                cancellationToken,
                ("@run", progress.RunId.ToString()), ("@at", Db.Ticks(progress.At)), ("@kind", progress.Kind.ToString()),
                ("@state", progress.State.ToString()), ("@step", progress.StepIndex), ("@message", progress.Message));
        }
    }
}
