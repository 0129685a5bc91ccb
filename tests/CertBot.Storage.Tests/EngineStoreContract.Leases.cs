using CertBot.Engine.Runs;
using CertBot.Engine.Storage;

namespace CertBot.Storage.Tests;

/// <summary>Run leases and lock order: what lets several instances share one store.</summary>
public abstract partial class EngineStoreContract
{
    private static readonly DateTimeOffset LeaseUntil = TestRuns.Now.AddSeconds(30);

    [Fact]
    public async Task Claim_WhileAnotherWorkerHoldsALiveLease_IsRefused_AfterItExpires_IsGranted()
    {
        var run = await Store.CreateAsync(TestRuns.Create(TestRuns.Planned()), default);

        Assert.True(await Store.TryClaimAsync(run.Id, "a", TestRuns.Now, LeaseUntil, default));
        Assert.False(await Store.TryClaimAsync(run.Id, "b", TestRuns.Now.AddSeconds(29), LeaseUntil.AddSeconds(29), default));
        Assert.Equal("a", await Store.LeaseHolderAsync(run.Id, TestRuns.Now.AddSeconds(29), default));
        Assert.True(await Store.TryClaimAsync(run.Id, "a", TestRuns.Now.AddSeconds(10), LeaseUntil.AddSeconds(10), default));

        Assert.True(await Store.TryClaimAsync(run.Id, "b", LeaseUntil.AddSeconds(10), LeaseUntil.AddSeconds(40), default));
        Assert.Equal("b", await Store.LeaseHolderAsync(run.Id, LeaseUntil.AddSeconds(10), default));
        Assert.False(await Store.RenewAsync(run.Id, "a", LeaseUntil.AddMinutes(5), default));
    }

    [Fact]
    public async Task ParallelClaims_ExactlyOneWins()
    {
        var run = await Store.CreateAsync(TestRuns.Create(TestRuns.Planned()), default);

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Store.TryClaimAsync(run.Id, $"w{i}", TestRuns.Now, LeaseUntil, default)));

        Assert.Single(claims, c => c);
    }

    [Fact]
    public async Task Release_LetsAnotherWorkerClaimAtOnce_ButOnlyTheHolderReleases()
    {
        var run = await Store.CreateAsync(TestRuns.Create(TestRuns.Planned()), default);
        await Store.TryClaimAsync(run.Id, "a", TestRuns.Now, LeaseUntil, default);

        await Store.ReleaseAsync(run.Id, "b", default);
        Assert.Equal("a", await Store.LeaseHolderAsync(run.Id, TestRuns.Now, default));
        await Store.ReleaseAsync(run.Id, "a", default);

        Assert.Null(await Store.LeaseHolderAsync(run.Id, TestRuns.Now, default));
        Assert.True(await Store.TryClaimAsync(run.Id, "b", TestRuns.Now, LeaseUntil, default));
    }

    [Fact]
    public async Task Commit_ByAWorkerWhoseLeaseWasTakenOver_IsAConflict_AndStoresNothing()
    {
        var run = await Store.CreateAsync(TestRuns.Create(TestRuns.Planned()), default);
        await Store.TryClaimAsync(run.Id, "a", TestRuns.Now, LeaseUntil, default);
        await Store.TryClaimAsync(run.Id, "b", LeaseUntil, LeaseUntil.AddSeconds(30), default);

        var late = new RunChange(run, TestRuns.Now).Journal(JournalKind.Approved, "late outcome").Fire(RunAction.Approve, "approved").ToUpdate() with { LeaseOwner = "a" };
        await Assert.ThrowsAsync<RunConflictException>(() => Store.CommitAsync(late, default));

        Assert.Equal(RunState.AwaitingApproval, (await Store.GetAsync(run.Id, default))!.State);
        Assert.DoesNotContain(await Store.JournalOfAsync(run.Id, default), j => j.Message == "late outcome");
        var held = new RunChange(run, TestRuns.Now).Fire(RunAction.Approve, "approved").ToUpdate() with { LeaseOwner = "b" };
        Assert.Equal(RunState.Running, (await Store.CommitAsync(held, default)).State);
    }

    [Fact]
    public async Task Locks_TakenInOppositeOrderAtOnce_OneRunGetsBoth_TheOtherIsToldBusy()
    {
        for (var round = 0; round < 10; round++)
        {
            var ab = TestRuns.Planned($"a{round}");
            var ba = TestRuns.Planned($"b{round}");

            var outcomes = await Task.WhenAll(
                Outcome(() => Store.CreateAsync(TestRuns.Create(ab, $"a{round}", $"b{round}"), default)),
                Outcome(() => Store.CreateAsync(TestRuns.Create(ba, $"b{round}", $"a{round}"), default)));

            // Never a deadlock or another error: exactly one stored, the other refused with the holder named.
            Assert.Single(outcomes, o => o is null);
            var busy = Assert.IsType<ClusterBusyException>(Assert.Single(outcomes, o => o is not null));
            Assert.Contains(busy.Holder, new[] { ab.Id, ba.Id });
        }
    }

    private static async Task<Exception?> Outcome(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
