using CertBot.Engine.Runs;
using CertBot.Engine.Storage;

namespace CertBot.Storage.Tests;

/// <summary>
/// Schema version 6 on a database that met version 5 with a run in it: the journal lines written before keep
/// everything and have no changes, and a step's success written after keeps its changes. The same for SQLite and
/// PostgreSQL; the test gives the SQL to run on the store's database outside the store.
/// </summary>
internal static class JournalEvidence
{
    public static readonly IReadOnlyList<NodeChange> Changes =
    [
        new(ChangeKind.Regenerated, "cucm-pub", "tomcat", "0A1B", TestRuns.Now.AddDays(30), "7C2D", TestRuns.Now.AddYears(5)),
        new(ChangeKind.TrustDeleted, "imp-sub1", "tomcat-trust/Old_CA.pem", "11", Note: "propagated from cucm-pub"),
        new(ChangeKind.ServiceRestarted, "cucm-pub", "Cisco Tomcat"),
    ];

    public static async Task MigrateFromVersion5Async(IEngineStore store, Func<IEngineStore, Task> migrate, Func<string, Task> execute)
    {
        var run = await store.CreateAsync(TestRuns.Create(TestRuns.Planned()), default);
        await execute("ALTER TABLE journal DROP COLUMN changes");
        await execute("DELETE FROM schema_version WHERE version = 6");
        await execute($"INSERT INTO journal (run_id, sequence, at, kind, step_index, message) VALUES ('{run.Id}', 2, 0, 'StepSucceeded', 1, 'written at version 5')");

        await migrate(store);
        var stored = await store.GetAsync(run.Id, default);
        await store.CommitAsync(new RunChange(stored!, TestRuns.Now).Journal(JournalKind.StepSucceeded, "written at version 6", 1, changes: Changes).ToUpdate(), default);
        var journal = await store.JournalOfAsync(run.Id, default);

        Assert.Equal(["requested by cli:alice", "written at version 5", "written at version 6"], journal.Select(j => j.Message));
        Assert.Null(journal[1].Changes);
        Assert.Equal(1, journal[1].StepIndex);
        Assert.Equal(Changes, journal[2].Changes);
    }
}
