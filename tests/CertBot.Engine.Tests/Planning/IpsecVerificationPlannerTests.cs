using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;

namespace CertBot.Engine.Tests.Planning;

public sealed class IpsecVerificationPlannerTests : PlannerTestBase
{
    [Fact]
    public async Task AllMatch_IsAReportWithoutSteps()
    {
        var plan = await PlanAsync(ProcedureRequest.VerifyIpsec("lab-east"));

        Assert.Empty(plan.Steps);
        Assert.Equal(4, plan.Decisions.Count(d => d.Text.EndsWith(": match", StringComparison.Ordinal)));
        AssertDecision(plan, "nothing to remedy");
    }

    [Fact]
    public async Task Mismatch_PlansTheRemedyBehindAGate()
    {
        var sub = Lab["cucm-sub1"];
        var entry = sub.Trust.Single(c => c.Store == "ipsec-trust");
        sub.Trust[sub.Trust.IndexOf(entry)] = entry with { Serial = "0DD", File = "cucm-pub_old.pem" };

        var plan = await PlanAsync(ProcedureRequest.VerifyIpsec("lab-east"));

        AssertDecision(plan, "ipsec-trust lacks cucm-pub's ipsec.pem");
        Assert.Equal(StepKind.ApprovalGate, plan.Steps[0].Kind);
        Assert.Equal(
            ["Delete ipsec-trust/cucm-pub_old.pem on cucm-sub1", "Upload cucm-pub's ipsec.pem to ipsec-trust on cucm-sub1",
             "Restart Cisco DRF Master on cucm-pub", "Restart Cisco DRF Local on cucm-pub", "Restart Cisco DRF Local on cucm-sub1",
             "Restart Cisco DRF Local on imp-pub", "Restart Cisco DRF Local on imp-sub1", "Restart Cisco DRF Local on imp-sub2",
             "Check the health of lab-east after the changes"],
            Titles(plan));
        var import = plan.Steps.Single(s => s.Kind == StepKind.ImportTrust);
        Assert.Equal("cucm-pub", import.SourceNode!.Name);
        Assert.Equal(Lab["cucm-pub"].Own.Single(c => c.Unit == "ipsec").Serial, import.ExpectedSerial);
    }

    [Fact]
    public async Task NoCucmPublisher_IsBlocked()
    {
        Lab.East = Lab.East with { Nodes = Lab.East.Nodes.Where(n => n.Product == Model.Product.Imp).ToList() };
        Lab["imp-pub"].Members.AddRange(Lab["cucm-pub"].Members.Where(m => m.Product == Model.Product.Imp));

        var plan = await PlanAsync(ProcedureRequest.VerifyIpsec("lab-east"));

        Assert.Contains(plan.Blockers, b => b.Contains("no configured Unified CM publisher", StringComparison.Ordinal));
    }
}
