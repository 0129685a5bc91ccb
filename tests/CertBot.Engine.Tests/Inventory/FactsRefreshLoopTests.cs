using CertBot.Engine.Procedures;
using CertBot.Engine.Runs;
using CertBot.Engine.Tests.Fakes;
using CertBot.Engine.Tests.Runs;

namespace CertBot.Engine.Tests.Inventory;

/// <summary>The refresher's schedule: every cluster once per interval, whoever read it, and at once after a run changed it.</summary>
public sealed class FactsRefreshLoopTests
{
    private readonly FactsHarness facts = new();

    [Fact]
    public async Task Pass_ReadsEveryClusterOnce_ThenNotAgainBeforeTheInterval_ThenAgain()
    {
        await facts.Loop.PassAsync(default);
        Assert.Equal(7, facts.Logins.Values.Sum());

        facts.Engine.Time.Advance(facts.Options.RefreshInterval - TimeSpan.FromSeconds(1));
        await facts.Loop.PassAsync(default);
        Assert.Equal(7, facts.Logins.Values.Sum());

        facts.Engine.Time.Advance(TimeSpan.FromSeconds(1));
        await facts.Loop.PassAsync(default);
        Assert.Equal(14, facts.Logins.Values.Sum());
        Assert.Equal(Certs.Now + facts.Options.RefreshInterval, (await facts.CachedAsync("lab-west"))!.ReadAt);
    }

    [Fact]
    public async Task Pass_FactsAnotherInstanceJustRead_AreNotReadAgain()
    {
        await facts.NewRefresher().RefreshAsync("lab-east", default);
        facts.ForgetLogins();
        facts.Engine.Time.Advance(TimeSpan.FromMinutes(10));

        await facts.Loop.PassAsync(default);

        Assert.Equal(["west-pub", "west-sub1"], facts.Logins.Keys.Order());
    }

    [Fact]
    public async Task AfterARestart_TheFirstPass_SkipsClustersWhoseFactsAreStillFresh_AndReadsOnlyTheStaleOnes()
    {
        await facts.Loop.PassAsync(default);
        facts.Engine.Time.Advance(TimeSpan.FromMinutes(20));
        await facts.NewRefresher().RefreshAsync("lab-west", default);
        facts.ForgetLogins();
        facts.Engine.Time.Advance(facts.Options.RefreshInterval - TimeSpan.FromMinutes(10));

        // A restarted host: a new loop with no schedule of its own, over the same store.
        var restarted = new CertBot.Engine.Inventory.Cache.FactsRefreshLoop(facts.Engine.Lab.Options, facts.NewRefresher(), facts.Engine.Engine.Store,
            facts.Engine.Engine.Signals.Changed, facts.Engine.Time, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        await restarted.PassAsync(default);

        Assert.Equal(["cucm-pub", "cucm-sub1", "imp-pub", "imp-sub1", "imp-sub2"], facts.Logins.Keys.Order());
        Assert.Equal(Certs.Now.AddMinutes(20), (await facts.CachedAsync("lab-west"))!.ReadAt);
    }

    [Fact]
    public async Task Pass_AClusterARunHolds_IsLookedAtAgainAfterTheBusyRetry_NotAtTheNextInterval()
    {
        var run = await facts.Engine.RequestAsync(ProcedureRequest.Regenerate("lab-west", UnitCatalog.Tomcat));
        facts.ForgetLogins();
        await facts.Loop.PassAsync(default);
        Assert.DoesNotContain("west-pub", facts.Logins.Keys);

        await facts.Engine.CancelAsync(run, EngineHarness.Alice);
        facts.Engine.Time.Advance(CertBot.Engine.Inventory.Cache.FactsRefreshLoop.BusyRetry);
        await facts.Loop.PassAsync(default);

        Assert.Equal(1, facts.Logins["west-pub"]);
        Assert.Equal(1, facts.Logins["cucm-pub"]);
    }

    [Fact]
    public async Task AfterARunThatChangedTheCluster_ItIsReadAgainAtOnce_WithTheNewCertificates()
    {
        await facts.Loop.PassAsync(default);
        var before = (await facts.CachedAsync("lab-west"))!.Nodes[0].Certificates.Single(c => c.File == "tomcat.pem").Serial;
        var run = await facts.Engine.RequestAsync(ProcedureRequest.Regenerate("lab-west", UnitCatalog.Tomcat));
        Assert.Equal(RunState.Succeeded, (await facts.Engine.DriveAsync(run)).State);
        facts.ForgetLogins();
        facts.Engine.Time.Advance(TimeSpan.FromMinutes(1));

        await facts.Loop.PassAsync(default);

        var after = await facts.CachedAsync("lab-west");
        Assert.Equal(Certs.Now.AddMinutes(1), after!.ReadAt);
        Assert.NotEqual(before, after.Nodes[0].Certificates.Single(c => c.File == "tomcat.pem").Serial);
        Assert.Equal(["west-pub", "west-sub1"], facts.Logins.Keys.Order());
    }

    [Fact]
    public async Task ARunThatEndsWithoutAChange_DoesNotAskForARead()
    {
        await facts.Loop.PassAsync(default);
        var run = await facts.Engine.RequestAsync(ProcedureRequest.Regenerate("lab-west", UnitCatalog.Tomcat));
        await facts.Engine.CancelAsync(run, EngineHarness.Alice);
        facts.ForgetLogins();

        await facts.Loop.PassAsync(default);

        Assert.Empty(facts.Logins);
    }

    [Fact]
    public async Task RunningLoop_IsWokenByARunsEnd_NotByItsNextLook()
    {
        await facts.Loop.PassAsync(default);
        using var stop = new CancellationTokenSource();
        var loop = facts.Loop.RunAsync(stop.Token);
        facts.Engine.Time.Advance(TimeSpan.FromMinutes(3));

        facts.Engine.Engine.Signals.Changed.Report(["lab-west"]);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await facts.CachedAsync("lab-west"))!.ReadAt == Certs.Now && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        await stop.CancelAsync();
        await loop;
        Assert.Equal(Certs.Now.AddMinutes(3), (await facts.CachedAsync("lab-west"))!.ReadAt);
        Assert.Equal(Certs.Now, (await facts.CachedAsync("lab-east"))!.ReadAt);
    }
}
