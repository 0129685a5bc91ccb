using CertBot.Storage.Relational;

namespace CertBot.Storage.Sqlite;

/// <summary>SQLite: the outbox key is the rowid, which only ever grows with AUTOINCREMENT.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    public override IReadOnlyList<Migration> Migrations { get; } =
    [
        new Migration(1, "runs, gates, journal, outbox, cluster locks", Schema.Version1("INTEGER PRIMARY KEY AUTOINCREMENT")),
        new Migration(2, "run leases", Schema.Version2()),
        new Migration(3, "delivery claims", Schema.Version3()),
        new Migration(4, "facts cache", Schema.Version4()),
        new Migration(5, "expiry announcements", Schema.Version5()),
        new Migration(6, "the changes each step verified, in the journal", Schema.Version6()),
    ];
}
