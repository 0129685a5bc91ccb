namespace CertBot.Storage.Relational;

/// <summary>
/// The tables, written once for both databases; only the auto-numbered outbox key differs. Ids are text
/// (GUIDs), times are UTC ticks, the run's full value is a JSON document beside the columns queries use.
/// </summary>
internal static class Schema
{
    public static IReadOnlyList<string> Version1(string outboxKey) =>
    [
        """
        CREATE TABLE runs (
            id TEXT PRIMARY KEY,
            cluster TEXT NOT NULL,
            state TEXT NOT NULL,
            version BIGINT NOT NULL,
            requested_by TEXT NOT NULL,
            plan_hash TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            document TEXT NOT NULL)
        """,
        "CREATE INDEX runs_by_state ON runs (state, created_at)",
        """
        CREATE TABLE gates (
            id TEXT PRIMARY KEY,
            run_id TEXT NOT NULL REFERENCES runs (id),
            ordinal BIGINT NOT NULL,
            step_index BIGINT NOT NULL,
            kind TEXT NOT NULL,
            plan_hash TEXT NOT NULL,
            title TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            expires_at BIGINT NOT NULL,
            state TEXT NOT NULL,
            decided_by TEXT NULL,
            decided_at BIGINT NULL,
            comment TEXT NULL)
        """,
        "CREATE INDEX gates_by_run ON gates (run_id, ordinal)",
        "CREATE INDEX gates_open ON gates (state, expires_at)",
        """
        CREATE TABLE journal (
            run_id TEXT NOT NULL REFERENCES runs (id),
            sequence BIGINT NOT NULL,
            at BIGINT NOT NULL,
            kind TEXT NOT NULL,
            step_index BIGINT NULL,
            principal TEXT NULL,
            message TEXT NOT NULL,
            command TEXT NULL,
            output_tail TEXT NULL,
            PRIMARY KEY (run_id, sequence))
        """,
        $"""
        CREATE TABLE outbox (
            id {outboxKey},
            run_id TEXT NOT NULL REFERENCES runs (id),
            at BIGINT NOT NULL,
            kind TEXT NOT NULL,
            state TEXT NOT NULL,
            step_index BIGINT NULL,
            message TEXT NOT NULL,
            delivered_at BIGINT NULL)
        """,
        "CREATE INDEX outbox_pending ON outbox (delivered_at, id)",
        """
        CREATE TABLE cluster_locks (
            cluster TEXT PRIMARY KEY,
            run_id TEXT NOT NULL REFERENCES runs (id),
            acquired_at BIGINT NOT NULL)
        """,
    ];

    /// <summary>Run leases: which worker executes a run and until when (several instances on one database).</summary>
    public static IReadOnlyList<string> Version2() =>
    [
        "ALTER TABLE runs ADD COLUMN lease_owner TEXT NULL",
        "ALTER TABLE runs ADD COLUMN lease_until BIGINT NULL",
    ];

    /// <summary>Delivery claims: which instance posts a run's events, or until when a failing run waits.</summary>
    public static IReadOnlyList<string> Version3() =>
    [
        "CREATE TABLE outbox_claims (run_id TEXT PRIMARY KEY, owner TEXT NOT NULL, claimed_until BIGINT NOT NULL)",
    ];

    /// <summary>
    /// The facts cache: one row per cluster, its last facts (JSON) and their time, and the refresh lease. A row may
    /// hold a lease before it holds facts (the first refresh of a cluster), so the facts columns are nullable.
    /// </summary>
    public static IReadOnlyList<string> Version4() =>
    [
        "CREATE TABLE cluster_facts (cluster TEXT PRIMARY KEY, read_at BIGINT NULL, document TEXT NULL, lease_owner TEXT NULL, lease_until BIGINT NULL)",
    ];

    /// <summary>
    /// Expiry announcements: each certificate at each threshold (and each weekly digest) posted once; the claim
    /// (owner, when) lets one instance of several post it, and one that died before posting be taken over.
    /// </summary>
    public static IReadOnlyList<string> Version5() =>
    [
        "CREATE TABLE expiry_announcements (announcement TEXT PRIMARY KEY, owner TEXT NOT NULL, claimed_at BIGINT NOT NULL, announced_at BIGINT NULL)",
    ];

    /// <summary>
    /// The evidence of a run: each step's success keeps, beside its journal message, what it changed and verified
    /// on each node (JSON of <see cref="Engine.Runs.NodeChange"/>s), so the final card and <c>show</c> read the
    /// maintenance record from the journal, which is never rewritten. Lines written before have none.
    /// </summary>
    public static IReadOnlyList<string> Version6() =>
    [
        "ALTER TABLE journal ADD COLUMN changes TEXT NULL",
    ];
}
