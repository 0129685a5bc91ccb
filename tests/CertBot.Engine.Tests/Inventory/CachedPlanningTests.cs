using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;
using CertBot.Engine.Runs;
using CertBot.Engine.Tests.Fakes;
using CertBot.Engine.Tests.Runs;

namespace CertBot.Engine.Tests.Inventory;

/// <summary>Plans from the facts cache: no login while it is fresh, live when it is not, and never the wrong thing run.</summary>
public sealed class CachedPlanningTests
{
    private static readonly ProcedureRequest Tomcat = ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat);
    private readonly FactsHarness facts = new();

    [Fact]
    public async Task WarmCache_PlansWithoutALogin_TheSamePlanAsLive_AndSaysAsOfWhen()
    {
        await facts.Refresher.RefreshAsync("lab-east", default);
        facts.Engine.Time.Advance(TimeSpan.FromMinutes(7));
        facts.ForgetLogins();

        var cached = await facts.Engine.Runs.PlanFromFactsAsync(Tomcat, default);

        Assert.Empty(facts.Logins);
        Assert.Equal(Certs.Now, cached.FactsReadAt);
        var live = await facts.Engine.Runs.PlanAsync(Tomcat, default);
        Assert.Equal(live.Hash, cached.Plan.Hash);
        Assert.Contains(cached.Plan.Decisions, d => d.ToString().Contains("database replication", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FactsOlderThanMaxAge_OrWithANodeMissing_OrNone_ArePlannedLive()
    {
        Assert.Null((await facts.Engine.Runs.PlanFromFactsAsync(Tomcat, default)).FactsReadAt);

        await facts.Refresher.RefreshAsync("lab-east", default);
        facts.Engine.Time.Advance(facts.Options.MaxAge + TimeSpan.FromSeconds(1));
        facts.ForgetLogins();
        var old = await facts.Engine.Runs.PlanFromFactsAsync(Tomcat, default);
        Assert.Null(old.FactsReadAt);
        Assert.Equal(5, facts.Logins.Count);

        facts.Engine.Lab.Port.Unreachable.Add("imp-sub1");
        await facts.Refresher.RefreshAsync("lab-east", default);
        facts.Engine.Lab.Port.Unreachable.Clear();
        Assert.Null((await facts.Engine.Runs.PlanFromFactsAsync(Tomcat, default)).FactsReadAt);
    }

    [Fact]
    public async Task AnExchange_NeedsBothClustersCached_ElseItIsPlannedLive()
    {
        var exchange = ProcedureRequest.Exchange("lab-east", "lab-west");
        await facts.Refresher.RefreshAsync("lab-east", default);

        Assert.Null((await facts.Engine.Runs.PlanFromFactsAsync(exchange, default)).FactsReadAt);

        facts.Engine.Time.Advance(TimeSpan.FromMinutes(2));
        await facts.Refresher.RefreshAsync("lab-west", default);
        Assert.Equal(Certs.Now, (await facts.Engine.Runs.PlanFromFactsAsync(exchange, default)).FactsReadAt);
    }

    [Fact]
    public async Task StaleCache_SaysSelfSigned_TheNodeIsCaSigned_TheRunSeesTheNode_AndLeavesItAlone()
    {
        await facts.Refresher.RefreshAsync("lab-east", default);
        var node = facts.Engine.Lab["imp-sub2"];
        node.Own[node.Own.FindIndex(c => c.Unit == "tomcat")] = Certs.Identity("tomcat", "imp-sub2", "CA77", selfSigned: false);

        var shown = await facts.Engine.Runs.PlanFromFactsAsync(Tomcat, default);
        Assert.NotNull(shown.FactsReadAt);
        Assert.Contains(shown.Plan.Steps, s => s.Kind == StepKind.Regenerate && s.Node!.Name == "imp-sub2");
        var answer = await facts.Engine.Runs.RequestAsync(shown.Plan, EngineHarness.Alice, default);
        var id = answer.Run!.Id;
        await facts.Engine.ApproveAsync(id, EngineHarness.Bob);
        await facts.Engine.WorkAsync();
        await facts.Engine.ConfirmAsync(id, EngineHarness.Alice);
        await facts.Engine.WorkAsync();

        var run = await facts.Engine.RunAsync(id);
        Assert.Equal(RunState.AwaitingApproval, run.State);
        Assert.NotEqual(shown.Plan.Hash, run.Plan.Hash);
        Assert.Contains(await facts.Engine.JournalAsync(id), j => j.Kind == JournalKind.Drift && j.Message.Contains("tomcat is CA-signed on imp-sub2", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Plan.Steps, s => s.Kind == StepKind.Regenerate && s.Node!.Name == "imp-sub2");
        Assert.DoesNotContain(facts.Engine.Lab.Port.Changes, c => c.Contains("set cert", StringComparison.Ordinal));

        Assert.Equal(RunState.Succeeded, (await facts.Engine.DriveAsync(id)).State);
        Assert.DoesNotContain(facts.Engine.Lab.Port.Changes, c => c.StartsWith("imp-sub2", StringComparison.Ordinal));
    }
}
