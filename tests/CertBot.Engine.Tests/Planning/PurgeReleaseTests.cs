using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;
using CertBot.Engine.Runs;
using CertBot.Engine.Tests.Runs;

namespace CertBot.Engine.Tests.Planning;

/// <summary>P6 and the cluster's release: the seed by default; with the option, what the release makes unnecessary is left out, said so.</summary>
public sealed class PurgeReleaseTests : PlannerTestBase
{
    [Fact]
    public async Task ByDefault_OnRelease14_FollowsTheSeed_StopsAndOneDeletionPerNode()
    {
        var plan = await PlanAsync(ProcedureRequest.PurgeTrust("lab-east"));

        Assert.Contains(Titles(plan), t => t.StartsWith("Stop ", StringComparison.Ordinal));
        Assert.Equal(5, Titles(plan, StepKind.DeleteTrust).Count);
        Assert.All(plan.Steps, s => Assert.Null(s.Peers));
        Assert.DoesNotContain(plan.Warnings, w => w.StartsWith("Left out", StringComparison.Ordinal));
        AssertDecision(plan, "CertBot follows the seed on every release");
    }

    [Fact]
    public async Task WithTheOption_OnRelease14_SkipsTheStops_DeletesEachCopyOnce_AndSaysSo()
    {
        Lab.East = Lab.East with { SkipStepsTheReleaseMakesUnnecessary = true };

        var plan = await PlanAsync(ProcedureRequest.PurgeTrust("lab-east"));

        Assert.DoesNotContain(Titles(plan), t => t.StartsWith("Stop ", StringComparison.Ordinal) || t.StartsWith("Start ", StringComparison.Ordinal));
        Assert.Equal(
            ["Delete tomcat-trust/Old_Root_CA_01.pem on cucm-pub (propagates to cucm-sub1)", "Delete cup-trust/Expired_Peer.pem on imp-pub (propagates to imp-sub1, imp-sub2)"],
            Titles(plan, StepKind.DeleteTrust));
        Assert.Equal(["imp-sub1", "imp-sub2"], plan.Steps.Single(s => s.File == "Expired_Peer.pem").Peers!.Select(p => p.Name));
        Assert.Contains("Restart Cisco Tomcat on cucm-sub1", Titles(plan));
        Assert.Equal(3, plan.Warnings.Count(w => w.StartsWith("Left out for the release: ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task WithTheOption_OnRelease11_5_KeepsEveryStop_ButStillDeletesOnce()
    {
        Lab.East = Lab.East with { SkipStepsTheReleaseMakesUnnecessary = true };
        foreach (var node in Lab.Port.Nodes.Values)
        {
            node.Version = "11.5.1.21900-40";
        }

        var plan = await PlanAsync(ProcedureRequest.PurgeTrust("lab-east"));

        Assert.Contains("Stop Cisco Certificate Change Notification on cucm-sub1", Titles(plan));
        Assert.Contains("Stop Cisco Intercluster Sync Agent on imp-sub2", Titles(plan));
        Assert.Equal(2, Titles(plan, StepKind.DeleteTrust).Count);
    }

    [Fact]
    public async Task WithTheOption_AnUnreadableRelease_FollowsTheSeed()
    {
        Lab.East = Lab.East with { SkipStepsTheReleaseMakesUnnecessary = true };
        foreach (var node in Lab.Port.Nodes.Values)
        {
            node.Version = "unknown";
        }

        var plan = await PlanAsync(ProcedureRequest.PurgeTrust("lab-east"));

        Assert.Contains("Stop Cisco Certificate Change Notification on cucm-sub1", Titles(plan));
        Assert.Equal(5, Titles(plan, StepKind.DeleteTrust).Count);
    }

    [Fact]
    public async Task PropagatedDeletion_ThatLeftACopyBehind_PausesTheRunNamingTheNode()
    {
        // The fake nodes do not propagate: the copy on cucm-sub1 stays, as on a cluster whose propagation failed.
        var harness = new EngineHarness(lab => lab.East = lab.East with { SkipStepsTheReleaseMakesUnnecessary = true });
        var id = await harness.RequestAsync(ProcedureRequest.PurgeTrust("lab-east"));

        var run = await harness.DriveAsync(id);

        Assert.Equal(RunState.Paused, run.State);
        Assert.StartsWith("Delete tomcat-trust/Old_Root_CA_01.pem on cucm-pub", run.CurrentStep!.Title, StringComparison.Ordinal);
        Assert.Contains("did not propagate: tomcat-trust/Old_Root_CA_01.pem is still listed on cucm-sub1", run.Attention, StringComparison.Ordinal);
    }
}
