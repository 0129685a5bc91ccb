using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;
using CertBot.Engine.Tests.Fakes;

namespace CertBot.Engine.Tests.Planning;

public sealed class RenewalPlannerTests : PlannerTestBase
{
    private static readonly string[] Imp = ["imp-pub", "imp-sub1", "imp-sub2"];

    [Fact]
    public async Task CupXmpp_CaSignedMultiSan_OneCsrOnTheImPublisher_TrustBeforeOwn_RestartsLast()
    {
        foreach (var name in Imp)
        {
            CaSigned(name, "cup-xmpp", Imp.Select(n => n + ".east.example").ToArray());
        }

        var plan = await PlanAsync(ProcedureRequest.Renew("lab-east", UnitCatalog.CupXmpp));

        Assert.False(plan.IsBlocked, string.Join("; ", plan.Blockers));
        AssertDecision(plan, "distribution multi-server: the current cup-xmpp certificate names several nodes");
        Assert.Equal(["Generate the multi-server cup-xmpp CSR on imp-pub"], Titles(plan, StepKind.GenerateCsr));
        var csr = plan.Steps.Single(s => s.Kind == StepKind.GenerateCsr);
        Assert.Equal(Imp.Select(n => n + ".east.example"), csr.ExpectedNames);
        Assert.True(csr.MultiServer);
        Assert.Equal(Imp.Select(n => $"Import the CA chain into cup-xmpp-trust on {n}"), Titles(plan, StepKind.ImportChain));
        Assert.Equal(["Import the signed cup-xmpp certificate on imp-pub"], Titles(plan, StepKind.ImportOwn));
        Assert.Equal(["imp-sub1", "imp-sub2"], plan.Steps.Where(s => s.Kind == StepKind.VerifyIdentity).Select(s => s.Node!.Name));
        var wait = IndexOf(plan, "Waiting for the signed certificate");
        Assert.Equal(StepKind.ApprovalGate, plan.Steps[wait + 1].Kind);
        Assert.True(plan.Steps.Last(s => s.Kind == StepKind.ImportChain).Index < plan.Steps.Single(s => s.Kind == StepKind.ImportOwn).Index);
        Assert.True(plan.Steps.Last(s => s.Kind is StepKind.ImportOwn or StepKind.VerifyIdentity).Index < plan.Steps.First(s => s.Kind == StepKind.ControlService).Index);
        Assert.Equal(Imp.Select(n => $"Restart Cisco XCP Router on {n}"), Titles(plan, StepKind.ControlService));
        Assert.Contains("Make sure Jabber clients trust the CA", Titles(plan, StepKind.Manual));
        Assert.Empty(Lab.Port.Changes);
    }

    [Fact]
    public async Task CupXmpp_OneCaSignedNodeWithItsOwnNames_IsRenewedAloneWithItsOwnCsr()
    {
        CaSigned("imp-sub2", "cup-xmpp", "imp-sub2.east.example");

        var plan = await PlanAsync(ProcedureRequest.Renew("lab-east", UnitCatalog.CupXmpp));

        AssertDecision(plan, "distribution single-node");
        Assert.Equal(["Generate the cup-xmpp CSR on imp-sub2"], Titles(plan, StepKind.GenerateCsr));
        Assert.Equal(["imp-sub2.east.example"], plan.Steps.Single(s => s.Kind == StepKind.GenerateCsr).ExpectedNames);
        Assert.Equal(["Import the signed cup-xmpp certificate on imp-sub2"], Titles(plan, StepKind.ImportOwn));
        Assert.Equal(["Restart Cisco XCP Router on imp-sub2"], Titles(plan, StepKind.ControlService));
    }

    [Fact]
    public async Task Tomcat_MultiServerAsked_CsrOnTheCucmPublisherCoversEveryNodeOfBothProducts()
    {
        var plan = await PlanAsync(ProcedureRequest.Renew("lab-east", UnitCatalog.Tomcat, multiServer: true));

        Assert.False(plan.IsBlocked, string.Join("; ", plan.Blockers));
        Assert.Equal(["Generate the multi-server tomcat CSR on cucm-pub"], Titles(plan, StepKind.GenerateCsr));
        Assert.Equal(["cucm-pub", "cucm-sub1", "imp-pub", "imp-sub1", "imp-sub2"], plan.Steps.Where(s => s.Kind == StepKind.ImportChain).Select(s => s.Node!.Name));
        Assert.Equal(["cucm-sub1", "imp-pub", "imp-sub1", "imp-sub2"], plan.Steps.Where(s => s.Kind == StepKind.VerifyIdentity).Select(s => s.Node!.Name));
        Assert.Equal("tomcat", plan.Steps.First(s => s.Kind == StepKind.ImportChain).Unit);
    }

    [Theory]
    [InlineData("CAPF")]
    [InlineData("ipsec")]
    public async Task UnitsWithoutAKnownRestartSet_AreRefused(string unit)
    {
        var plan = await PlanAsync(ProcedureRequest.Renew("lab-east", UnitCatalog.Find(unit)!));

        Assert.True(plan.IsBlocked);
        Assert.Contains(plan.Blockers, b => b.Contains("is not a unit CertBot renews through a CSR", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cup_MultiServerAsked_IsBlocked_TheCupUnitHasNoSanCsr()
    {
        var plan = await PlanAsync(ProcedureRequest.Renew("lab-east", UnitCatalog.Cup, multiServer: true));

        Assert.Contains("cup has no multi-server CSR on lab-east: renew it with a CSR per node (single-node)", plan.Blockers);
    }

    [Fact]
    public async Task CupXmppS2s_ChainGoesIntoTheXmppTrustStore()
    {
        var plan = await PlanAsync(ProcedureRequest.Renew("lab-east", UnitCatalog.CupXmppS2s, multiServer: false));

        Assert.All(plan.Steps.Where(s => s.Kind == StepKind.ImportChain), s => Assert.Equal("cup-xmpp", s.Unit));
        Assert.Equal("set cert import trust cup-xmpp", plan.Steps.First(s => s.Kind == StepKind.ImportChain).Intent);
    }

    [Fact]
    public async Task CallManager_CaSignedMultiSan_OneCsrOnTheCucmPublisher_RestartsWhereRunning_PhonesNamedAndChecked()
    {
        string[] cucm = ["cucm-pub", "cucm-sub1"];
        foreach (var name in cucm)
        {
            CaSigned(name, "CallManager", cucm.Select(n => n + ".east.example").ToArray());
        }

        var plan = await PlanAsync(ProcedureRequest.Renew("lab-east", UnitCatalog.CallManager));

        Assert.False(plan.IsBlocked, string.Join("; ", plan.Blockers));
        Assert.Equal(["Generate the multi-server CallManager CSR on cucm-pub"], Titles(plan, StepKind.GenerateCsr));
        Assert.Equal(cucm.Select(n => n + ".east.example"), plan.Steps.Single(s => s.Kind == StepKind.GenerateCsr).ExpectedNames);
        Assert.Equal(cucm.Select(n => $"Import the CA chain into CallManager-trust on {n}"), Titles(plan, StepKind.ImportChain));
        Assert.Equal(["cucm-sub1"], plan.Steps.Where(s => s.Kind == StepKind.VerifyIdentity).Select(s => s.Node!.Name));
        Assert.Equal(
            [.. cucm.Select(n => $"Restart Cisco CallManager on {n}"), .. cucm.Select(n => $"Restart Cisco Tftp on {n}")],
            Titles(plan, StepKind.ControlService));
        AssertDecision(plan, "Cisco CTIManager not activated on cucm-pub: step skipped");
        AssertDecision(plan, "security mode: non-secure (ClusterSecurityMode = 0): no CTL update before the restarts");
        Assert.Contains(plan.Warnings, w => w.StartsWith("Phones: Cisco CallManager restarts on cucm-pub, cucm-sub1", StringComparison.Ordinal));
        Assert.True(IndexOf(plan, "Check that the phones registered again") > plan.Steps.Last(s => s.Kind == StepKind.ControlService).Index);
        Assert.DoesNotContain(Titles(plan, StepKind.Manual), t => t.Contains("high availability", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(plan.Steps, s => s.Node?.Product == Engine.Model.Product.Imp);
    }

    [Fact]
    public async Task CallManager_MixedMode_UpdatesTheCtlBeforeTheFirstRestart()
    {
        CaSigned("cucm-sub1", "CallManager", "cucm-sub1.east.example");
        Lab["cucm-pub"].Parameters["ClusterSecurityMode"] = "1";

        var plan = await PlanAsync(ProcedureRequest.Renew("lab-east", UnitCatalog.CallManager));

        Assert.Equal(["Generate the CallManager CSR on cucm-sub1"], Titles(plan, StepKind.GenerateCsr));
        var ctl = IndexOf(plan, "Update the CTL file");
        Assert.True(ctl < plan.Steps.First(s => s.Kind == StepKind.ControlService).Index);
        Assert.True(ctl > plan.Steps.Single(s => s.Kind == StepKind.ImportOwn).Index);
        Assert.Contains("utils ctl update CTLFile on cucm-pub", plan.Steps[ctl].Intent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallManager_SecurityModeUnreadable_Blocks()
    {
        CaSigned("cucm-sub1", "CallManager", "cucm-sub1.east.example");
        Lab["cucm-pub"].Parameters.Remove("ClusterSecurityMode");

        var plan = await PlanAsync(ProcedureRequest.Renew("lab-east", UnitCatalog.CallManager));

        Assert.Contains("the security mode of lab-east could not be read on cucm-pub (no ClusterSecurityMode row in processconfig): in mixed mode the CTL file must be updated before the restarts", plan.Blockers);
    }

    [Fact]
    public async Task TomcatEcdsa_CsrForTheEcdsaUnit_ChainIntoTomcatTrust_TomcatRestarted()
    {
        Lab["cucm-sub1"].Own.Add(Certs.Identity("tomcat-ECDSA", "cucm-sub1", "EC01", selfSigned: false) with { SubjectAlternativeNames = ["cucm-sub1.east.example"] });

        var plan = await PlanAsync(ProcedureRequest.Renew("lab-east", UnitCatalog.Find("tomcat-ecdsa")!, multiServer: false));

        Assert.False(plan.IsBlocked, string.Join("; ", plan.Blockers));
        Assert.Equal("set csr gen tomcat-ECDSA", plan.Steps.Single(s => s.Kind == StepKind.GenerateCsr).Intent);
        Assert.Equal("set cert import trust tomcat", plan.Steps.Single(s => s.Kind == StepKind.ImportChain).Intent);
        Assert.Equal("set cert import own tomcat-ECDSA", plan.Steps.Single(s => s.Kind == StepKind.ImportOwn).Intent);
        Assert.Equal(["Restart Cisco Tomcat on cucm-sub1"], Titles(plan, StepKind.ControlService));
        AssertDecision(plan, "imp-pub has no tomcat-ECDSA certificate: not renewed there");
    }

    [Fact]
    public async Task EcdsaTwin_WhereNoNodeHasIt_IsBlocked()
    {
        var plan = await PlanAsync(ProcedureRequest.Renew("lab-east", UnitCatalog.Find("CallManager-ECDSA")!));

        Assert.Equal(["no node of lab-east has a CallManager-ECDSA certificate"], plan.Blockers);
        AssertDecision(plan, "cucm-pub has no CallManager-ECDSA certificate: not renewed there");
    }

    [Fact]
    public async Task SignedCertificate_MustOutlastTheCaSignedOneItReplaces_NotASelfSignedOne()
    {
        CaSigned("imp-sub2", "cup-xmpp", "imp-sub2.east.example");

        var single = await PlanAsync(ProcedureRequest.Renew("lab-east", UnitCatalog.CupXmpp, multiServer: false));
        var multi = await PlanAsync(ProcedureRequest.Renew("lab-east", UnitCatalog.Tomcat, multiServer: true));

        Assert.Equal(Lab["imp-sub2"].Own.Single(c => c.Unit == "cup-xmpp").NotAfter, single.Steps.Single(s => s.Kind == StepKind.GenerateCsr).PreviousNotAfter);
        Assert.Null(multi.Steps.Single(s => s.Kind == StepKind.GenerateCsr).PreviousNotAfter);
        AssertDecision(multi, "the CSR of cucm-pub replaces self-signed certificates only: the signed certificate need not outlast them");
    }

    private void CaSigned(string node, string unit, params string[] names)
    {
        var own = Lab[node].Own;
        var index = own.FindIndex(c => c.Unit == unit);
        own[index] = Certs.Identity(unit, node + ".east.example", "CA" + node.Length, selfSigned: false) with { SubjectAlternativeNames = names };
    }
}
