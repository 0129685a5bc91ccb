using CertBot.Engine.Model;
using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;

namespace CertBot.Engine.Tests.Planning;

/// <summary>Health before and after: replication read on the publisher before any change, and a health step after the last one.</summary>
public sealed class ClusterHealthTests : PlannerTestBase
{
    [Fact]
    public async Task ChangingPlan_ReadsReplicationOnThePublisher_AndChecksHealthAfterTheLastRestart()
    {
        var plan = await PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Cup));

        Assert.False(plan.IsBlocked, string.Join("; ", plan.Blockers));
        Assert.Contains("cucm-pub: utils dbreplication runtimestate", Lab.Port.Log);
        AssertDecision(plan, "database replication: 2 servers (2) Setup Completed on cucm-pub");
        var health = Assert.Single(plan.Steps, s => s.Kind == StepKind.CheckHealth);
        Assert.Equal(plan.Steps.Last(s => s.Kind == StepKind.ControlService).Index + 1, health.Index);
        Assert.Equal("cucm-pub", health.Node!.Name);
        Assert.Equal(Enumerable.Range(0, plan.Steps.Count), plan.Steps.Select(s => s.Index));
    }

    [Fact]
    public async Task ReplicationNotSetUpBeforehand_BlocksThePlanNamingTheServer()
    {
        Lab["cucm-sub1"].Replication = new ReplicationServer("cucm-sub1", "10.0.0.2", "N/Y/Y", "0", 4, "Setup Incomplete");

        var plan = await PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Cup));

        Assert.Contains(plan.Blockers, b => b.Contains("database replication of lab-east is not healthy", StringComparison.Ordinal)
            && b.Contains("cucm-sub1 (4) Setup Incomplete N/Y/Y", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadOnlyPlan_DoesNotAskForReplication()
    {
        var plan = await PlanAsync(ProcedureRequest.VerifyIpsec("lab-east"));

        Assert.Empty(plan.Steps);
        Assert.DoesNotContain(Lab.Port.Log, l => l.Contains("dbreplication", StringComparison.Ordinal));
    }

    [Fact]
    public void ReplicationState_WithFewerRowsThanAnnounced_IsAProblem()
    {
        var state = new ReplicationState(3, [new ReplicationServer("a", "1", "Y/Y/Y", "0", 2, "Setup Completed")]);

        Assert.Equal("3 servers announced, 1 rows read", state.Problem);
        Assert.Null((state with { ServerCount = 1 }).Problem);
        Assert.Equal("no server row could be read", new ReplicationState(null, []).Problem);
    }
}
