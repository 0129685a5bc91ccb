using CertBot.Engine.Procedures;
using CertBot.Engine.Runs;

namespace CertBot.Engine.Tests.Runs;

/// <summary>A cluster without approvers is read-only: every change is refused with what to fix, checks are not.</summary>
public sealed class ReadOnlyClusterTests
{
    private const string ReadOnly = "nobody may approve changes on lab-east: add approvers in the configuration";

    private readonly EngineHarness harness = new(lab => lab.East = lab.East with { Approvers = [] });

    [Fact]
    public async Task Request_OfAPlanOnIt_IsRefused_AndNoRunIsCreated()
    {
        var plan = await harness.Runs.PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat), default);

        var answer = await harness.Runs.RequestAsync(plan, EngineHarness.Alice, default);

        Assert.Equal(AnswerKind.Refused, answer.Kind);
        Assert.Equal(ReadOnly, answer.Message);
        Assert.Empty(await harness.Runs.ListAsync([], 10, default));
    }

    [Fact]
    public void Changes_AreRefused_ChecksAreNot_OtherClustersAreOpen()
    {
        Assert.Equal(ReadOnly, harness.Engine.Policy.RefuseChange(ProcedureRequest.PurgeTrust("lab-east")));
        Assert.Equal(ReadOnly, harness.Engine.Policy.RefuseChange(["lab-west", "lab-east"]));
        Assert.Null(harness.Engine.Policy.RefuseChange(ProcedureRequest.VerifyIpsec("lab-east")));
        Assert.Null(harness.Engine.Policy.RefuseChange(["lab-west"]));
    }
}
