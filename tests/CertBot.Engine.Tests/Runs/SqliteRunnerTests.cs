using CertBot.Engine.Procedures;
using CertBot.Engine.Runs;
using CertBot.Storage.Sqlite;

namespace CertBot.Engine.Tests.Runs;

/// <summary>The runner over a real SQLite file: what a restart of the process finds there.</summary>
public sealed class SqliteRunnerTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("certbot-runner-").FullName;
    private readonly EngineHarness harness;

    public SqliteRunnerTests()
    {
        var store = new SqliteEngineStore(Path.Combine(directory, "certbot.db"), TimeProvider.System);
        store.MigrateAsync(default).GetAwaiter().GetResult();
        harness = new EngineHarness(store: store);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task RegenerateTomcat_SucceedsOverSqlite_WithTheWholeJournal()
    {
        var id = await harness.RequestAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat));

        var run = await harness.DriveAsync(id);

        Assert.Equal(RunState.Succeeded, run.State);
        Assert.Equal(10, harness.Lab.Port.Changes.Count());
        var journal = await harness.JournalAsync(id);
        Assert.Equal(11, journal.Count(j => j.Kind == JournalKind.StepSucceeded)); // 10 changes and the health check after them
        Assert.Equal(5, journal.Count(j => j.Kind is JournalKind.Approved or JournalKind.Confirmed));
    }

    [Fact]
    public async Task Crash_MidStep_OverSqlite_IsInterruptedAfterRestart_RetryCompletes()
    {
        var id = await harness.RequestAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat));
        harness.Lab.Port.BeforeCommand = line =>
        {
            if (line == "cucm-pub: utils service restart Cisco Tomcat")
            {
                throw new OperationCanceledException("killed");
            }
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.DriveAsync(id));
        harness.Lab.Port.BeforeCommand = null;
        var before = await harness.JournalAsync(id);

        harness.Restart();
        Assert.Equal(1, await harness.Engine.Runner.RecoverAsync(default));

        var run = await harness.RunAsync(id);
        Assert.Equal(RunState.Interrupted, run.State);
        Assert.Equal("Restart Cisco Tomcat on cucm-pub", run.CurrentStep!.Title);
        Assert.Equal(JournalKind.StepStarted, before[^1].Kind);
        Assert.Equal(before, (await harness.JournalAsync(id)).Take(before.Count));
        Assert.True((await harness.RetryAsync(id, EngineHarness.Alice)).Changed);
        Assert.Equal(RunState.Succeeded, (await harness.DriveAsync(id)).State);
    }
}
