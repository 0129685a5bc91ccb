using CertBot.Engine.Procedures;
using CertBot.Engine.Tests.Fakes;

namespace CertBot.Engine.Tests.Inventory;

/// <summary>One refresh: every node once, stored with its time; never while a run holds the cluster or another instance reads it.</summary>
public sealed class FactsRefresherTests
{
    private readonly FactsHarness facts = new();

    [Fact]
    public async Task Refresh_ReadsEveryNodeOverOneLogin_AndStoresTheFactsWithTheirTime()
    {
        var refresh = await facts.Refresher.RefreshAsync("LAB-EAST", default);

        var cached = await facts.CachedAsync("lab-east");
        Assert.NotNull(refresh.Facts);
        Assert.Null(refresh.Skipped);
        Assert.NotNull(cached);
        Assert.Equal(Certs.Now, cached.ReadAt);
        Assert.True(cached.Complete);
        Assert.Equal(["cucm-pub", "cucm-sub1", "imp-pub", "imp-sub1", "imp-sub2"], cached.Nodes.Select(n => n.Node.Name));
        Assert.Equal(["cucm-pub", "cucm-sub1", "imp-pub", "imp-sub1", "imp-sub2"], facts.Logins.Keys.Order());
        Assert.All(facts.Logins.Values, n => Assert.Equal(1, n));
        Assert.Null(await facts.CachedAsync("lab-west"));
        // The Unified CM publisher's replication is read over the same login: every changing plan checks it first.
        Assert.Equal(2, cached.Nodes.Single(n => n.Node.Name == "cucm-pub").Replication!.Servers.Count);
        Assert.All(cached.Nodes.Where(n => n.Node.Name != "cucm-pub"), n => Assert.Null(n.Replication));
    }

    [Fact]
    public async Task Refresh_WhileARunHoldsTheCluster_LogsInNowhere_AndSaysWhichRun()
    {
        var run = await facts.Engine.RequestAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat));
        facts.ForgetLogins();

        var refresh = await facts.Refresher.RefreshAsync("lab-east", default);

        Assert.Null(refresh.Facts);
        Assert.Contains($"run {CertBot.Engine.Runs.RunIds.ShortId(run)} holds lab-east", refresh.Skipped, StringComparison.Ordinal);
        Assert.Empty(facts.Logins);
        Assert.Null(await facts.CachedAsync("lab-east"));
        Assert.NotNull((await facts.Refresher.RefreshAsync("lab-west", default)).Facts);
    }

    [Fact]
    public async Task Refresh_WhileAnotherInstanceReadsTheCluster_LogsInNowhere_UntilItsLeaseRunsOut()
    {
        var other = facts.NewRefresher();
        Assert.True(await facts.Engine.Store.TryClaimRefreshAsync("lab-east", other.Owner, Certs.Now, Certs.Now + facts.Options.LeaseTime, default));

        var refused = await facts.Refresher.RefreshAsync("lab-east", default);
        facts.Engine.Time.Advance(facts.Options.LeaseTime);
        var after = await facts.Refresher.RefreshAsync("lab-east", default);

        Assert.Equal("another instance is reading lab-east now", refused.Skipped);
        Assert.NotNull(after.Facts);
        Assert.All(facts.Logins.Values, n => Assert.Equal(1, n));
        // The lease is given back after the read: the other instance may read at once.
        Assert.NotNull((await other.RefreshAsync("lab-east", default)).Facts);
    }

    [Fact]
    public async Task Refresh_ANodeDown_StoresTheOthers_AndTheFactsAreNotCompleteForPlanning()
    {
        facts.Engine.Lab.Port.Unreachable.Add("imp-sub1");

        var refresh = await facts.Refresher.RefreshAsync("lab-east", default);

        Assert.False(refresh.Facts!.Complete);
        Assert.Equal("imp-sub1 does not answer on port 22", refresh.Facts.Nodes.Single(n => n.Node.Name == "imp-sub1").Error);
        Assert.Null(await facts.Engine.Engine.Facts.GetFreshAsync("lab-east", default));
        Assert.NotNull(await facts.Engine.Engine.Facts.GetAsync("lab-east", default));
    }

    [Fact]
    public async Task Refresh_OfAnUnknownCluster_IsRefused()
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() => facts.Refresher.RefreshAsync("lab-north", default));

        Assert.Contains("no cluster named 'lab-north'", e.Message, StringComparison.Ordinal);
    }
}
