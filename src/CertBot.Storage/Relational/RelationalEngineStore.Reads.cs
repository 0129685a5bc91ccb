using System.Data.Common;
using CertBot.Engine.Runs;
using CertBot.Engine.Storage;

namespace CertBot.Storage.Relational;

/// <summary>Reads: runs, gates, journal, outbox, locks.</summary>
public abstract partial class RelationalEngineStore
{
    public async Task<Run?> GetAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await Db.QueryAsync(connection, "SELECT version, document FROM runs WHERE id = @id", ReadRun, cancellationToken, ("@id", runId.ToString()));
        return rows.Count == 0 ? null : rows[0];
    }

    public Task<IReadOnlyList<Run>> ListAsync(IReadOnlyCollection<RunState> states, int limit, CancellationToken cancellationToken) =>
        ListOrderedAsync(states, limit, "created_at, id", cancellationToken);

    public Task<IReadOnlyList<Run>> RecentAsync(IReadOnlyCollection<RunState> states, int limit, CancellationToken cancellationToken) =>
        ListOrderedAsync(states, limit, "created_at DESC, id DESC", cancellationToken);

    public async Task<IReadOnlyList<Guid>> IdsStartingWithAsync(string hexPrefix, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hexPrefix);
        // Ids are stored as lower-case "D" text: the prefix with its dashes is a range of the primary key
        // ("1a2b" .. "1a2bg"), so both databases read the index instead of every run and its plan.
        var from = string.Concat(hexPrefix.Select((c, i) => i is 8 or 12 or 16 or 20 ? "-" + c : c.ToString()));
        await using var connection = await OpenAsync(cancellationToken);
        var ids = await Db.QueryAsync(connection, "SELECT id FROM runs WHERE id >= @from AND id < @to ORDER BY id LIMIT @limit",
            r => Guid.Parse(Db.Text(r, "id")), cancellationToken, ("@from", from), ("@to", from + "g"), ("@limit", (long)limit));
        // A collation that orders text its own way may widen the range; the prefix itself decides.
        return ids.Where(id => id.ToString("N").StartsWith(hexPrefix, StringComparison.Ordinal)).ToList();
    }

    private async Task<IReadOnlyList<Run>> ListOrderedAsync(IReadOnlyCollection<RunState> states, int limit, string order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(states);
        await using var connection = await OpenAsync(cancellationToken);
        var names = states.Select(s => s.ToString()).ToList();
        // One parameter per state keeps the SQL the same on both databases (no array types).
        var filter = names.Count == 0 ? "" : "WHERE state IN (" + string.Join(", ", names.Select((_, i) => $"@s{i}")) + ") ";
        var parameters = names.Select((n, i) => ($"@s{i}", (object?)n)).Append(("@limit", (object?)(long)limit)).ToArray();
        return await Db.QueryAsync(connection, $"SELECT version, document FROM runs {filter}ORDER BY {order} LIMIT @limit", ReadRun, cancellationToken, parameters);
    }

    public async Task<Gate?> GetGateAsync(Guid gateId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await Db.QueryAsync(connection, "SELECT * FROM gates WHERE id = @id", ReadGate, cancellationToken, ("@id", gateId.ToString()));
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<IReadOnlyList<Gate>> GatesOfAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await Db.QueryAsync(connection, "SELECT * FROM gates WHERE run_id = @run ORDER BY ordinal", ReadGate, cancellationToken, ("@run", runId.ToString()));
    }

    public async Task<IReadOnlyList<Gate>> ExpiredGatesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await Db.QueryAsync(connection, "SELECT * FROM gates WHERE state = @open AND expires_at <= @now ORDER BY expires_at", ReadGate, cancellationToken,
            ("@open", GateState.Open.ToString()), ("@now", Db.Ticks(now)));
    }

    public async Task<IReadOnlyList<JournalEntry>> JournalOfAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await Db.QueryAsync(connection, "SELECT * FROM journal WHERE run_id = @run ORDER BY sequence", r => new JournalEntry(
            Guid.Parse(Db.Text(r, "run_id")), Db.Long(r, "sequence"), Db.Time(r, "at"), Enum.Parse<JournalKind>(Db.Text(r, "kind")),
            Db.Text(r, "message"), Db.IntOrNull(r, "step_index"), Db.TextOrNull(r, "principal"), Db.TextOrNull(r, "command"), Db.TextOrNull(r, "output_tail"),
            Db.TextOrNull(r, "changes") is { } changes ? EngineJson.Deserialize<List<NodeChange>>(changes) : null),
            cancellationToken, ("@run", runId.ToString()));
    }

    public async Task<IReadOnlyList<ProgressEvent>> PendingEventsAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await Db.QueryAsync(connection, "SELECT * FROM outbox WHERE delivered_at IS NULL ORDER BY id LIMIT @limit", ReadEvent,
            cancellationToken, ("@limit", (long)limit));
    }

    public async Task MarkDeliveredAsync(IReadOnlyCollection<long> eventIds, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        await using var connection = await OpenAsync(cancellationToken);
        foreach (var id in eventIds)
        {
            await Db.ExecuteAsync(connection, null, "UPDATE outbox SET delivered_at = @at WHERE id = @id AND delivered_at IS NULL", cancellationToken,
                ("@at", Db.Ticks(at)), ("@id", id));
        }
    }

    public async Task<Guid?> LockHolderAsync(string cluster, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var holder = (string?)await Db.ScalarAsync(connection, null, "SELECT run_id FROM cluster_locks WHERE cluster = @cluster", cancellationToken, ("@cluster", cluster));
        return holder is null ? null : Guid.Parse(holder);
    }

    /// <summary>The version column is the truth; the document holds everything else.</summary>
    private static Run ReadRun(DbDataReader reader) =>
        EngineJson.Deserialize<Run>(Db.Text(reader, "document")) with { Version = Db.Long(reader, "version") };

    private static ProgressEvent ReadEvent(DbDataReader r) => new(
        Db.Long(r, "id"), Guid.Parse(Db.Text(r, "run_id")), Db.Time(r, "at"), Enum.Parse<ProgressKind>(Db.Text(r, "kind")),
        Enum.Parse<RunState>(Db.Text(r, "state")), Db.Text(r, "message"), Db.IntOrNull(r, "step_index"), Db.TimeOrNull(r, "delivered_at"));

    private static Gate ReadGate(DbDataReader r) => new(
        Guid.Parse(Db.Text(r, "id")), Guid.Parse(Db.Text(r, "run_id")), (int)Db.Long(r, "step_index"), Enum.Parse<GateKind>(Db.Text(r, "kind")),
        Db.Text(r, "plan_hash"), Db.Text(r, "title"), Db.Time(r, "created_at"), Db.Time(r, "expires_at"), Enum.Parse<GateState>(Db.Text(r, "state")),
        Db.TextOrNull(r, "decided_by"), Db.TimeOrNull(r, "decided_at"), Db.TextOrNull(r, "comment"));
}
