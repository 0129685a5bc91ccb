using CertBot.Storage.Relational;

namespace CertBot.Storage.Postgres;

/// <summary>PostgreSQL: an identity column for the outbox, and an advisory lock so two instances never migrate at once.</summary>
internal sealed class PostgresDialect : SqlDialect
{
    /// <summary>Any fixed number; it names CertBot's migration lock within the database.</summary>
    private const long MigrationLock = 0x43657274426F74;

    public override IReadOnlyList<Migration> Migrations { get; } =
    [
        new Migration(1, "runs, gates, journal, outbox, cluster locks", Schema.Version1("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY")),
        new Migration(2, "run leases", Schema.Version2()),
        new Migration(3, "delivery claims", Schema.Version3()),
        new Migration(4, "facts cache", Schema.Version4()),
        new Migration(5, "expiry announcements", Schema.Version5()),
        new Migration(6, "the changes each step verified, in the journal", Schema.Version6()),
    ];

    public override IReadOnlyList<string> BeforeMigration { get; } = [$"SELECT pg_advisory_xact_lock({MigrationLock})"];
}
