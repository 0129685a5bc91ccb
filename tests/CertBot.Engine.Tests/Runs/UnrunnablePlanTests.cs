using CertBot.Engine.Procedures;
using CertBot.Engine.Runs;
using CertBot.Engine.Tests.Fakes;
using CertBot.Engine.Tests.Runs.Decisions;

namespace CertBot.Engine.Tests.Runs;

/// <summary>Drift that swaps in a plan that cannot run (blocked, or changing nothing): nothing of it ever runs.</summary>
public sealed class UnrunnablePlanTests
{
    private static readonly ProcedureRequest Tomcat = ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat);
    private readonly EngineHarness harness = new();

    [Fact]
    public async Task DriftToABlockedPlan_SkipIsRefused_RetryPlansAgain_NothingRunsUntilANewApproval()
    {
        var id = await ApprovedUpToTheRecheckAsync();
        var node = harness.Lab["imp-sub2"];
        var tomcat = node.Own.Single(c => c.Unit == "tomcat");
        node.Own.Remove(tomcat);

        await harness.WorkAsync();
        var paused = await harness.RunAsync(id);
        Assert.Equal(RunState.Paused, paused.State);
        Assert.Equal(PauseCause.PlanNotRunnable, paused.Cause);
        Assert.Contains("imp-sub2 has no tomcat/tomcat.pem", paused.Attention, StringComparison.Ordinal);

        var skip = await harness.SkipAsync(id, EngineHarness.Bob);
        Assert.Equal(AnswerKind.Refused, skip.Kind);
        await harness.AssertUnchangedAsync(id, paused);

        Assert.True((await harness.RetryAsync(id, EngineHarness.Alice)).Changed);
        await harness.WorkAsync();
        var still = await harness.RunAsync(id);
        Assert.Equal(RunState.Paused, still.State);
        Assert.Equal(PauseCause.PlanNotRunnable, still.Cause);
        Assert.Empty(harness.Lab.Port.Changes);

        node.Own.Add(tomcat);
        await harness.RetryAsync(id, EngineHarness.Alice);
        await harness.WorkAsync();
        var again = await harness.RunAsync(id);
        Assert.Equal(RunState.AwaitingApproval, again.State);
        Assert.Equal(again.Plan.Hash, (await harness.OpenGateAsync(id)).PlanHash);
        Assert.Empty(harness.Lab.Port.Changes);
    }

    [Fact]
    public async Task DriftToAnEmptyPlan_ThenRetry_SaysWhatHappened_NeverSucceeded()
    {
        var id = await ApprovedUpToTheRecheckAsync();
        foreach (var node in harness.Lab.Port.Nodes.Values.Where(n => n.Ref.Cluster == "lab-east"))
        {
            var index = node.Own.FindIndex(c => c.Unit == "tomcat");
            node.Own[index] = Certs.Identity("tomcat", node.Ref.Name, "CA" + index, selfSigned: false);
        }

        await harness.WorkAsync();
        Assert.True((await harness.RetryAsync(id, EngineHarness.Alice)).Changed);
        await harness.WorkAsync();

        var run = await harness.RunAsync(id);
        Assert.Equal(RunState.Paused, run.State);
        Assert.Contains("the plan changes nothing", run.Attention, StringComparison.Ordinal);
        Assert.Contains("cancel the run", run.Attention, StringComparison.Ordinal);
        Assert.DoesNotContain(await harness.JournalAsync(id), j => j.Kind == JournalKind.Succeeded);
        Assert.Empty(harness.Lab.Port.Changes);
    }

    /// <summary>Approved and PRG HA off confirmed: the next move is the re-check before the first change.</summary>
    private async Task<Guid> ApprovedUpToTheRecheckAsync()
    {
        var id = await harness.RequestAsync(Tomcat);
        Assert.True((await harness.ApproveAsync(id, EngineHarness.Bob)).Changed);
        await harness.WorkAsync();
        Assert.True((await harness.ConfirmAsync(id, EngineHarness.Alice)).Changed);
        return id;
    }
}
