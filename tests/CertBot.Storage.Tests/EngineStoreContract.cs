using CertBot.Engine.Runs;
using CertBot.Engine.Storage;

namespace CertBot.Storage.Tests;

/// <summary>
/// The one store test suite: every implementation (SQLite file, PostgreSQL, in memory) runs exactly these.
/// </summary>
public abstract partial class EngineStoreContract : IAsyncLifetime
{
    private IEngineStore? store;

    protected IEngineStore Store => store ?? throw new InvalidOperationException("store not created");

    /// <summary>A fresh, empty, migrated store.</summary>
    protected abstract Task<IEngineStore> CreateStoreAsync();

    public async Task InitializeAsync() => store = await CreateStoreAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Create_ThenGet_RoundTripsTheRunExactly()
    {
        var run = TestRuns.Planned();

        var stored = await Store.CreateAsync(TestRuns.Create(run), default);
        var read = await Store.GetAsync(run.Id, default);

        Assert.Equal(1, stored.Version);
        Assert.NotNull(read);
        Assert.Equal(EngineJson.Serialize(stored), EngineJson.Serialize(read));
        Assert.Equal(RunState.AwaitingApproval, read.State);
        Assert.Equal(TestRuns.Now, read.CreatedAt);
        Assert.Equal(run.Plan.Hash, read.Plan.Hash);
        Assert.Equal(run.Plan.Hash, Engine.Planning.PlanHasher.Compute(read.Plan));
        Assert.Equal(TimeSpan.FromSeconds(600), read.Plan.Steps[2].Timeout);
        Assert.Equal("west-sub1.west.lab", read.Plan.Steps[3].ExpectedFiles![1]);
    }

    [Fact]
    public async Task Get_UnknownRun_IsNull() => Assert.Null(await Store.GetAsync(Guid.NewGuid(), default));

    [Fact]
    public async Task Commit_AtTheStoredVersion_BumpsTheVersion()
    {
        var run = await Store.CreateAsync(TestRuns.Create(TestRuns.Planned()), default);

        var next = await Store.CommitAsync(new RunChange(run, TestRuns.Now.AddMinutes(1))
            .Journal(JournalKind.Approved, "approved by cli:bob", 0, "cli:bob").Fire(RunAction.Approve, "approved").ToUpdate(), default);

        Assert.Equal(2, next.Version);
        Assert.Equal(RunState.Running, (await Store.GetAsync(run.Id, default))!.State);
        Assert.Equal(2, (await Store.GetAsync(run.Id, default))!.Version);
    }

    [Fact]
    public async Task Commit_AtAStaleVersion_IsAConflict_AndStoresNothing()
    {
        var run = await Store.CreateAsync(TestRuns.Create(TestRuns.Planned()), default);
        await Store.CommitAsync(new RunChange(run, TestRuns.Now).Fire(RunAction.Approve, "approved").ToUpdate(), default);

        var stale = new RunChange(run, TestRuns.Now).Journal(JournalKind.Rejected, "late").Fire(RunAction.Reject, "rejected").ToUpdate();
        var conflict = await Assert.ThrowsAsync<RunConflictException>(() => Store.CommitAsync(stale, default));

        Assert.Equal(run.Id, conflict.RunId);
        Assert.Equal(RunState.Running, (await Store.GetAsync(run.Id, default))!.State);
        Assert.DoesNotContain(await Store.JournalOfAsync(run.Id, default), j => j.Message == "late");
    }

    [Fact]
    public async Task ParallelCommits_OfOneVersion_ExactlyOneWins()
    {
        var run = await Store.CreateAsync(TestRuns.Create(TestRuns.Planned()), default);

        var attempts = Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
        {
            try
            {
                await Store.CommitAsync(new RunChange(run, TestRuns.Now).Journal(JournalKind.Approved, $"writer {i}").Fire(RunAction.Approve, "approved").ToUpdate(), default);
                return true;
            }
            catch (RunConflictException)
            {
                return false;
            }
        })).ToList();
        var results = await Task.WhenAll(attempts);

        Assert.Single(results, won => won);
        Assert.Single(await Store.JournalOfAsync(run.Id, default), j => j.Message.StartsWith("writer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_OnALockedCluster_IsBusy_AndStoresNothing()
    {
        var first = await Store.CreateAsync(TestRuns.Create(TestRuns.Planned()), default);
        var second = TestRuns.Planned();

        var busy = await Assert.ThrowsAsync<ClusterBusyException>(() => Store.CreateAsync(TestRuns.Create(second), default));

        Assert.Equal("lab-east", busy.Cluster);
        Assert.Equal(first.Id, busy.Holder);
        Assert.Null(await Store.GetAsync(second.Id, default));
        Assert.Empty(await Store.JournalOfAsync(second.Id, default));
        Assert.Equal(first.Id, await Store.LockHolderAsync("lab-east", default));
    }

    [Fact]
    public async Task FinalState_ReleasesTheLock_SoTheNextRunMayStart()
    {
        var run = await Store.CreateAsync(TestRuns.Create(TestRuns.Planned()), default);
        await Store.CommitAsync(new RunChange(run, TestRuns.Now).Fire(RunAction.Cancel, "cancelled").ToUpdate(), default);

        Assert.Null(await Store.LockHolderAsync("lab-east", default));
        var next = await Store.CreateAsync(TestRuns.Create(TestRuns.Planned()), default);
        Assert.Equal(next.Id, await Store.LockHolderAsync("lab-east", default));
    }

    [Fact]
    public async Task Locks_OfTwoClusters_AreTakenTogetherOrNotAtAll()
    {
        var west = await Store.CreateAsync(TestRuns.Create(TestRuns.Planned("lab-west")), default);
        var exchange = TestRuns.Planned();

        await Assert.ThrowsAsync<ClusterBusyException>(() => Store.CreateAsync(TestRuns.Create(exchange, "lab-east", "lab-west"), default));

        Assert.Null(await Store.LockHolderAsync("lab-east", default));
        Assert.Equal(west.Id, await Store.LockHolderAsync("lab-west", default));
    }

    [Fact]
    public async Task Gates_AreOpenedAndDecidedInPlace_InOpeningOrder()
    {
        var run = await Store.CreateAsync(TestRuns.Create(TestRuns.Planned()), default);
        var first = TestRuns.Gate(run);
        var second = TestRuns.Gate(run, DateTimeOffset.MaxValue, step: 2); // a confirmation: never expires
        run = await Store.CommitAsync(new RunChange(run, TestRuns.Now).Gate(first).ToUpdate(), default);
        run = await Store.CommitAsync(new RunChange(run, TestRuns.Now).Gate(first.Decide(GateState.Approved, "cli:bob", TestRuns.Now.AddMinutes(3), "ok")).Gate(second).ToUpdate(), default);

        var gates = await Store.GatesOfAsync(run.Id, default);

        Assert.Equal([first.Id, second.Id], gates.Select(g => g.Id));
        Assert.Equal(first.Decide(GateState.Approved, "cli:bob", TestRuns.Now.AddMinutes(3), "ok"), gates[0]);
        Assert.Equal(second, await Store.GetGateAsync(second.Id, default));
        Assert.Null(await Store.GetGateAsync(Guid.NewGuid(), default));
    }

    [Fact]
    public async Task ExpiredGates_AreTheOpenOnesPastTheirTime()
    {
        var run = await Store.CreateAsync(TestRuns.Create(TestRuns.Planned()), default);
        var expired = TestRuns.Gate(run, TestRuns.Now.AddHours(1));
        var later = TestRuns.Gate(run, TestRuns.Now.AddHours(5));
        var decided = TestRuns.Gate(run, TestRuns.Now.AddHours(1)).Decide(GateState.Approved, "cli:bob", TestRuns.Now);
        await Store.CommitAsync(new RunChange(run, TestRuns.Now).Gate(expired).Gate(later).Gate(decided).ToUpdate(), default);

        var found = await Store.ExpiredGatesAsync(TestRuns.Now.AddHours(1), default);

        Assert.Equal([expired.Id], found.Select(g => g.Id));
    }

    [Fact]
    public async Task Journal_KeepsEveryFieldInOrder_NumberedPerRun()
    {
        var run = await Store.CreateAsync(TestRuns.Create(TestRuns.Planned()), default);
        var other = await Store.CreateAsync(TestRuns.Create(TestRuns.Planned("lab-west")), default);
        await Store.CommitAsync(new RunChange(run, TestRuns.Now.AddSeconds(5))
            .Journal(JournalKind.StepStarted, "step 2 started", 1, command: "set cert regen tomcat")
            .Journal(JournalKind.StepFailed, "step 2 failed", 1, command: "set cert regen tomcat", output: "Executed command unsuccessfully\nline 2")
            .ToUpdate(), default);

        var journal = await Store.JournalOfAsync(run.Id, default);

        Assert.Equal([1L, 2L, 3L], journal.Select(j => j.Sequence));
        Assert.Equal(new JournalEntry(run.Id, 3, TestRuns.Now.AddSeconds(5), JournalKind.StepFailed, "step 2 failed", 1, null, "set cert regen tomcat",
            "Executed command unsuccessfully\nline 2"), journal[2]);
        Assert.Equal("cli:alice", journal[0].Principal);
        Assert.Equal([1L], (await Store.JournalOfAsync(other.Id, default)).Select(j => j.Sequence));
    }

    [Fact]
    public async Task Outbox_HoldsEventsOfTheSameCommit_InOrder_UntilDelivered()
    {
        var run = await Store.CreateAsync(TestRuns.Create(TestRuns.Planned()), default);
        await Store.CommitAsync(new RunChange(run, TestRuns.Now).Fire(RunAction.Approve, "approved by cli:bob").Event(ProgressKind.StepStarted, "Regenerate", 1).ToUpdate(), default);

        var pending = await Store.PendingEventsAsync(10, default);
        await Store.MarkDeliveredAsync([pending[0].Id, pending[1].Id], TestRuns.Now, default);
        var rest = await Store.PendingEventsAsync(10, default);

        Assert.Equal(["requested", "approved by cli:bob", "Regenerate"], pending.Select(e => e.Message));
        Assert.Equal([RunState.AwaitingApproval, RunState.Running, RunState.Running], pending.Select(e => e.State));
        Assert.True(pending[0].Id < pending[1].Id && pending[1].Id < pending[2].Id);
        Assert.Equal(1, pending[2].StepIndex);
        Assert.Equal([pending[2].Id], rest.Select(e => e.Id));
    }

    [Fact]
    public async Task List_FiltersByState_OldestFirst()
    {
        var older = await Store.CreateAsync(TestRuns.Create(TestRuns.Planned("a", TestRuns.Now)), default);
        var newer = await Store.CreateAsync(TestRuns.Create(TestRuns.Planned("b", TestRuns.Now.AddMinutes(1))), default);
        var running = await Store.CreateAsync(TestRuns.Create(TestRuns.Planned("c", TestRuns.Now.AddMinutes(2))), default);
        await Store.CommitAsync(new RunChange(running, TestRuns.Now).Fire(RunAction.Approve, "approved").ToUpdate(), default);

        Assert.Equal([older.Id, newer.Id], (await Store.ListAsync([RunState.AwaitingApproval], 10, default)).Select(r => r.Id));
        Assert.Equal([running.Id], (await Store.ListAsync([RunState.Running, RunState.Paused], 10, default)).Select(r => r.Id));
        Assert.Equal([older.Id, newer.Id, running.Id], (await Store.ListAsync([], 10, default)).Select(r => r.Id));
        Assert.Equal([older.Id], (await Store.ListAsync([], 1, default)).Select(r => r.Id));
    }

    [Fact]
    public async Task Recent_FiltersByState_NewestFirst()
    {
        var older = await Store.CreateAsync(TestRuns.Create(TestRuns.Planned("a", TestRuns.Now)), default);
        var newer = await Store.CreateAsync(TestRuns.Create(TestRuns.Planned("b", TestRuns.Now.AddMinutes(1))), default);
        var running = await Store.CreateAsync(TestRuns.Create(TestRuns.Planned("c", TestRuns.Now.AddMinutes(2))), default);
        await Store.CommitAsync(new RunChange(running, TestRuns.Now).Fire(RunAction.Approve, "approved").ToUpdate(), default);

        Assert.Equal([newer.Id, older.Id], (await Store.RecentAsync([RunState.AwaitingApproval], 10, default)).Select(r => r.Id));
        Assert.Equal([running.Id, newer.Id, older.Id], (await Store.RecentAsync([], 10, default)).Select(r => r.Id));
        Assert.Equal([running.Id], (await Store.RecentAsync([], 1, default)).Select(r => r.Id));
    }

    [Theory]
    [InlineData("1a2b3c4d", "1a2b3c4d-1111-4000-8000-000000000001,1a2b3c4d-2222-4000-8000-000000000002")]
    [InlineData("1a2b3c4d1", "1a2b3c4d-1111-4000-8000-000000000001")]
    [InlineData("1a2b3c4d22224", "1a2b3c4d-2222-4000-8000-000000000002")]
    [InlineData("1a2b3c4e", "1a2b3c4e-0000-4000-8000-000000000003")]
    [InlineData("1a2b3c4d11114000800000000000000", "1a2b3c4d-1111-4000-8000-000000000001")]
    [InlineData("1a2c", "")]
    [InlineData("0a2b", "0a2b3c4d-1111-4000-8000-000000000004")]
    public async Task IdsStartingWith_FindsExactlyTheRunsWithThatPrefix_AcrossTheDashes(string prefix, string expected)
    {
        foreach (var id in new[] { "1a2b3c4d-1111-4000-8000-000000000001", "1a2b3c4d-2222-4000-8000-000000000002", "1a2b3c4e-0000-4000-8000-000000000003", "0a2b3c4d-1111-4000-8000-000000000004" })
        {
            await Store.CreateAsync(TestRuns.Create(TestRuns.Planned(id) with { Id = Guid.Parse(id) }), default);
        }

        var found = await Store.IdsStartingWithAsync(prefix, 10, default);

        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse), found);
    }

    [Fact]
    public async Task IdsStartingWith_ReadsAtMostTheLimit()
    {
        for (var i = 0; i < 5; i++)
        {
            await Store.CreateAsync(TestRuns.Create(TestRuns.Planned("c" + i) with { Id = Guid.Parse($"1a2b3c4d-000{i}-4000-8000-000000000000") }), default);
        }

        Assert.Equal(2, (await Store.IdsStartingWithAsync("1a2b", 2, default)).Count);
    }

    [Fact]
    public async Task Migrate_Twice_ChangesNothing()
    {
        var run = await Store.CreateAsync(TestRuns.Create(TestRuns.Planned()), default);

        await Store.MigrateAsync(default);

        Assert.NotNull(await Store.GetAsync(run.Id, default));
    }
}
