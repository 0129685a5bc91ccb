using CertBot.Engine.Model;
using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;
using CertBot.Engine.Tests.Fakes;

namespace CertBot.Engine.Tests.Planning;

public sealed class RegenerationPlannerTests : PlannerTestBase
{
    [Fact]
    public async Task Tomcat_RegeneratesEveryNodePublisherFirst_AllBeforeTheFirstRestart()
    {
        var plan = await PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat));

        Assert.False(plan.IsBlocked, string.Join("; ", plan.Blockers));
        string[] order = ["cucm-pub", "cucm-sub1", "imp-pub", "imp-sub1", "imp-sub2"];
        Assert.Equal(order.Select(n => $"Regenerate tomcat on {n}"), Titles(plan, StepKind.Regenerate));
        Assert.Equal(order.Select(n => $"Restart Cisco Tomcat on {n}"), Titles(plan, StepKind.ControlService));
        var lastRegeneration = plan.Steps.Last(s => s.Kind == StepKind.Regenerate).Index;
        var firstRestart = plan.Steps.First(s => s.Kind == StepKind.ControlService).Index;
        Assert.True(lastRegeneration < firstRestart);
        Assert.Equal(StepKind.ApprovalGate, plan.Steps[firstRestart - 1].Kind);
        Assert.Equal(StepKind.ApprovalGate, plan.Steps[0].Kind);
        Assert.All(plan.Steps.Where(s => s.Kind == StepKind.ControlService), s => Assert.True(s.ServiceImpacting));
        Assert.Equal(TimeSpan.FromSeconds(600), plan.Steps.First(s => s.Kind == StepKind.ControlService).Timeout);
    }

    [Fact]
    public async Task Tomcat_WithImNodes_AddsPrgAndJabberStepsForAnOperator()
    {
        var plan = await PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat));

        Assert.Equal(["Switch PRG high availability off", "Push the new certificate to Jabber clients", "Switch PRG high availability back on"],
            Titles(plan, StepKind.Manual));
        Assert.True(IndexOf(plan, "Switch PRG high availability off") < IndexOf(plan, "Regenerate tomcat on cucm-pub"));
        Assert.Equal(plan.Steps.Count - 1, IndexOf(plan, "Switch PRG high availability back on"));
    }

    [Fact]
    public async Task Tomcat_OnlyCucmCluster_HasNoPrgStep()
    {
        var plan = await PlanAsync(ProcedureRequest.Regenerate("lab-west", UnitCatalog.Tomcat));

        Assert.Empty(Titles(plan, StepKind.Manual));
        Assert.Equal(["Regenerate tomcat on west-pub", "Regenerate tomcat on west-sub1"], Titles(plan, StepKind.Regenerate));
    }

    [Fact]
    public async Task Planning_SendsReadOnlyCommandsOnly()
    {
        await PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat));

        Assert.NotEmpty(Lab.Port.Log);
        Assert.Empty(Lab.Port.Changes);
    }

    [Fact]
    public async Task Cup_RestartsSipProxyThenPresenceEngineThenSipFederationWhereActivated()
    {
        var plan = await PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Cup));

        string[] imp = ["imp-pub", "imp-sub1", "imp-sub2"];
        Assert.Equal(imp.Select(n => $"Regenerate cup on {n}"), Titles(plan, StepKind.Regenerate));
        Assert.Equal(
            imp.Select(n => $"Restart Cisco SIP Proxy on {n}")
                .Concat(imp.Select(n => $"Restart Cisco Presence Engine on {n}"))
                .Append("Restart Cisco XCP SIP Federation Connection Manager on imp-pub"),
            Titles(plan, StepKind.ControlService));
        AssertDecision(plan, "Cisco XCP SIP Federation Connection Manager not activated on imp-sub1: step skipped");
        AssertDecision(plan, "cup is an IM and Presence certificate: Unified CM nodes are not touched");
    }

    [Fact]
    public async Task Cup_PeersHoldingTheOldCertificate_AreCheckedForTheNewOneAfterTheRestarts()
    {
        var old = Lab["imp-sub2"].Own.Single(c => c.Unit == "cup");
        foreach (var peer in new[] { "imp-pub", "imp-sub1" })
        {
            Lab[peer].Trust.Add(Certs.Trust("cup-trust", "imp-sub2.pem", old.Subject, old.Serial, old.NotAfter));
        }

        // Another certificate of the same subject is no copy of the current one.
        Lab["imp-pub"].Trust.Add(Certs.Trust("cup-trust", "imp-sub1.pem", "CN=imp-sub1", "0DD01", Certs.Now.AddYears(1)));

        var plan = await PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Cup));

        var check = Assert.Single(plan.Steps, s => s.Kind == StepKind.VerifyPeerCopies);
        Assert.Equal("Check the peers received imp-sub2's new cup certificate", check.Title);
        Assert.Equal("imp-sub2", check.Node!.Name);
        Assert.Equal(["imp-pub", "imp-sub1"], check.Peers!.Select(p => p.Name));
        Assert.Equal("cup-trust", check.Store);
        Assert.Equal(old.Serial, check.PreviousSerial);
        Assert.False(check.Changes);
        Assert.True(check.Index > plan.Steps.Last(s => s.Kind == StepKind.ControlService).Index);
        AssertDecision(plan, "no other node holds imp-pub's cup certificate in cup-trust: no copy to check");
    }

    [Fact]
    public async Task CupXmppS2s_CopiesAreLookedForInCupXmppTrust()
    {
        var old = Lab["imp-pub"].Own.Single(c => c.Unit == "cup-xmpp-s2s");
        Lab["imp-sub1"].Trust.Add(Certs.Trust("cup-xmpp-trust", "imp-pub.pem", old.Subject, old.Serial, old.NotAfter));
        Lab["imp-sub2"].Trust.Add(Certs.Trust("cup-xmpp-s2s-trust", "imp-pub.pem", old.Subject, old.Serial, old.NotAfter));

        var plan = await PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.CupXmppS2s));

        var check = Assert.Single(plan.Steps, s => s.Kind == StepKind.VerifyPeerCopies);
        Assert.Equal("cup-xmpp-trust", check.Store);
        Assert.Equal(["imp-sub1"], check.Peers!.Select(p => p.Name));
    }

    [Fact]
    public async Task Cup_CaSigned_BlocksTheProcedure()
    {
        var node = Lab["imp-sub2"];
        node.Own[node.Own.FindIndex(c => c.Unit == "cup")] = Certs.Identity("cup", "imp-sub2", "CA01", selfSigned: false);

        var plan = await PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Cup));

        Assert.True(plan.IsBlocked);
        Assert.Equal("cup is CA-signed on imp-sub2: regeneration would replace it with a self-signed certificate; renew it through a CSR (`renew cup --cluster lab-east --distribution single-node`)",
            plan.Blockers.Single());
    }

    [Fact]
    public async Task Tomcat_CaSignedOnEveryNode_AnswersWithTheRenewalPlan_SayingWhy()
    {
        string[] nodes = ["cucm-pub", "cucm-sub1", "imp-pub", "imp-sub1", "imp-sub2"];
        foreach (var name in nodes)
        {
            var node = Lab[name];
            node.Own[node.Own.FindIndex(c => c.Unit == "tomcat")] = Certs.Identity("tomcat", name, "CA1" + name.Length, selfSigned: false) with
            {
                SubjectAlternativeNames = [.. nodes.Select(n => n + ".east.example")],
            };
        }

        var plan = await PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat));

        Assert.False(plan.IsBlocked, string.Join("; ", plan.Blockers));
        Assert.Equal(ProcedureRequest.Renew("lab-east", UnitCatalog.Tomcat), plan.Request);
        Assert.StartsWith("Asked to regenerate tomcat: it is CA-signed on every node that has it", plan.Warnings[0], StringComparison.Ordinal);
        Assert.All(nodes, n => AssertDecision(plan, $"tomcat on {n} is CA-signed by CN=Corp CA: renewing through a CSR keeps it CA-signed"));
        Assert.Equal(["Generate the multi-server tomcat CSR on cucm-pub"], Titles(plan, StepKind.GenerateCsr));
        Assert.DoesNotContain(plan.Steps, s => s.Kind == StepKind.Regenerate);
        Assert.Empty(Lab.Port.Changes);
    }

    [Fact]
    public async Task Cup_CaSignedOnEveryNode_IsRenewedInsteadOfBlocked()
    {
        foreach (var name in (string[])["imp-pub", "imp-sub1", "imp-sub2"])
        {
            var node = Lab[name];
            node.Own[node.Own.FindIndex(c => c.Unit == "cup")] = Certs.Identity("cup", name, "CB" + name.Length, selfSigned: false);
        }

        var plan = await PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Cup));

        Assert.False(plan.IsBlocked, string.Join("; ", plan.Blockers));
        Assert.Equal(ProcedureKind.Renew, plan.Request.Kind);
        Assert.Equal(["Generate the cup CSR on imp-pub", "Generate the cup CSR on imp-sub1", "Generate the cup CSR on imp-sub2"], Titles(plan, StepKind.GenerateCsr));
    }

    [Fact]
    public async Task Ipsec_CaSignedOnEveryNode_IsNoRenewal_NothingToRegenerate()
    {
        foreach (var name in (string[])["imp-pub", "imp-sub1", "imp-sub2"])
        {
            var node = Lab[name];
            node.Own[node.Own.FindIndex(c => c.Unit == "ipsec")] = Certs.Identity("ipsec", name, "CC" + name.Length, selfSigned: false);
        }

        var plan = await PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Ipsec));

        Assert.Equal(ProcedureKind.Regenerate, plan.Request.Kind);
        Assert.DoesNotContain(plan.Steps, s => s.Changes || s.Kind == StepKind.GenerateCsr);
        AssertDecision(plan, "no ipsec certificate to regenerate");
    }

    [Fact]
    public async Task CupXmpp_CaSignedOnOneNode_SkipsThatNodeAndSaysCsrPath()
    {
        var node = Lab["imp-sub2"];
        node.Own[node.Own.FindIndex(c => c.Unit == "cup-xmpp")] = Certs.Identity("cup-xmpp", "imp-sub2", "CA02", selfSigned: false);

        var plan = await PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.CupXmpp));

        Assert.False(plan.IsBlocked);
        AssertDecision(plan, "cup-xmpp is CA-signed on imp-sub2 by CN=Corp CA: not regenerated; renew it through a CSR (`renew cup-xmpp --cluster lab-east --distribution single-node`)");
        Assert.Equal(["Regenerate cup-xmpp on imp-pub", "Regenerate cup-xmpp on imp-sub1"], Titles(plan, StepKind.Regenerate));
        Assert.Equal(["Restart Cisco XCP Router on imp-pub", "Restart Cisco XCP Router on imp-sub1"], Titles(plan, StepKind.ControlService));
        Assert.Contains("Push the new certificate to Jabber clients", Titles(plan, StepKind.Manual));
    }

    [Fact]
    public async Task CupXmppS2s_RestartsRouterThenXmppFederation_NeverStopsTheRouter()
    {
        Lab["imp-sub2"].WithoutService(Services.XmppFederation);

        var plan = await PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.CupXmppS2s));

        Assert.Equal(
            ["Restart Cisco XCP Router on imp-pub", "Restart Cisco XCP Router on imp-sub1", "Restart Cisco XCP Router on imp-sub2",
             "Restart Cisco XCP XMPP Federation Connection Manager on imp-pub", "Restart Cisco XCP XMPP Federation Connection Manager on imp-sub1"],
            Titles(plan, StepKind.ControlService));
        Assert.DoesNotContain(plan.Steps, s => s.Action == Nodes.ServiceAction.Stop);
        AssertDecision(plan, "Cisco XCP XMPP Federation Connection Manager not activated on imp-sub2: step skipped");
    }

    [Fact]
    public async Task Ipsec_RestartsDrfMasterOnCucmPublisherThenDrfLocalPublisherFirst()
    {
        var plan = await PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Ipsec));

        Assert.False(plan.IsBlocked, string.Join("; ", plan.Blockers));
        Assert.Equal(["Regenerate ipsec on imp-pub", "Regenerate ipsec on imp-sub1", "Regenerate ipsec on imp-sub2"], Titles(plan, StepKind.Regenerate));
        Assert.Equal(
            ["Restart Cisco DRF Master on cucm-pub", "Restart Cisco DRF Local on cucm-pub", "Restart Cisco DRF Local on cucm-sub1",
             "Restart Cisco DRF Local on imp-pub", "Restart Cisco DRF Local on imp-sub1", "Restart Cisco DRF Local on imp-sub2"],
            Titles(plan, StepKind.ControlService));
        AssertDecision(plan, "ipsec-trust holds cucm-pub's ipsec.pem");
        AssertDecision(plan, "breaks DRS");
    }

    [Fact]
    public async Task Ipsec_AfterTheLastRestart_VerifiesTheIpsecTrustAgainThenAsksForATestBackup()
    {
        var plan = await PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Ipsec));

        var lastRestart = plan.Steps.Last(s => s.Kind == StepKind.ControlService).Index;
        var verify = Assert.Single(plan.Steps, s => s.Kind == StepKind.VerifyIpsecTrust);
        var backup = Assert.Single(plan.Steps, s => s.Title == "Take a test backup");
        Assert.True(verify.Index > lastRestart && backup.Index > verify.Index);
        Assert.Equal("cucm-pub", verify.Node!.Name);
        Assert.False(verify.Changes);
        Assert.Contains("DRF test backup", backup.Intent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ipsec_SubscriberTrustsAnOldPublisherSerial_BlocksUntilTheRemedy()
    {
        var sub = Lab["imp-sub1"];
        sub.Trust[sub.Trust.FindIndex(c => c.Store == "ipsec-trust")] = sub.Trust.Single(c => c.Store == "ipsec-trust") with { Serial = "0DD" };

        var plan = await PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Ipsec));

        Assert.Contains(plan.Blockers, b => b.Contains("ipsec-trust on imp-sub1", StringComparison.Ordinal));
        Assert.Empty(plan.Steps);
    }

    [Fact]
    public async Task StoppedService_IsNotRestartedBehindAnyonesBack()
    {
        Lab["imp-sub1"].WithService(Services.PresenceEngine, ServiceState.Stopped, "Commanded Out of Service");

        var plan = await PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Cup));

        Assert.DoesNotContain("Restart Cisco Presence Engine on imp-sub1", Titles(plan));
        AssertDecision(plan, "Cisco Presence Engine is Stopped on imp-sub1: not restarted");
    }

    [Theory]
    [InlineData("lab-north", "tomcat", "no cluster named 'lab-north'")]
    [InlineData("lab-east", "CallManager", "not a unit CertBot regenerates")]
    [InlineData("lab-west", "cup", "has no IM and Presence node")]
    public async Task Typos_AreBlockersNotExceptions(string cluster, string unit, string expected)
    {
        var plan = await PlanAsync(ProcedureRequest.Regenerate(cluster, UnitCatalog.Find(unit)!));

        Assert.Contains(plan.Blockers, b => b.Contains(expected, StringComparison.Ordinal));
        Assert.False(plan.Changes);
    }

    [Fact]
    public async Task NodeNotAuthenticated_BlocksThePlan()
    {
        var members = Lab["cucm-pub"].Members;
        members[members.FindIndex(m => m.HostName == "imp-sub1")] = members.Single(m => m.HostName == "imp-sub1") with { Authenticated = false };

        var plan = await PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat));

        Assert.Contains(plan.Blockers, b => b.Contains("imp-sub1 is not authenticated", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnconfiguredLiveNode_IsNamedAndLeftAlone()
    {
        Lab["cucm-pub"].Members.Add(new ClusterMember("10.0.0.9", null, "cucm-sub9", Product.Cucm, NodeRole.Subscriber, true, false));

        var plan = await PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat));

        AssertDecision(plan, "cucm-sub9 (Cucm Subscriber) is in the cluster but not configured: not touched");
        Assert.DoesNotContain(plan.Steps, s => s.Node?.Name == "cucm-sub9");
    }

    [Fact]
    public async Task Hash_SameFactsSameHash_ChangedSerialOtherHash()
    {
        var first = await PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat));
        Time.Advance(TimeSpan.FromMinutes(5));
        var again = await PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat));
        var node = Lab["imp-sub2"];
        node.Own[node.Own.FindIndex(c => c.Unit == "tomcat")] = Certs.Identity("tomcat", "imp-sub2", "FEED");
        var drifted = await PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat));

        Assert.Equal(64, first.Hash.Length);
        Assert.Equal(first.Hash, again.Hash);
        Assert.NotEqual(first.Hash, drifted.Hash);
        Assert.Equal(first.Hash, PlanHasher.Compute(first));
    }

    [Fact]
    public async Task Plan_ShowsTheMaintenanceWindowAndAnEstimate()
    {
        var plan = await PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat));

        AssertDecision(plan, "maintenance window: no maintenance window configured");
        Assert.True(plan.EstimatedDuration >= TimeSpan.FromMinutes(25));
    }

    [Fact]
    public async Task Planning_LogsInToTheNodesConcurrently()
    {
        Lab.Port.LoginDelay = TimeSpan.FromMilliseconds(50);

        await PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat));

        Assert.Equal(5, Lab.Port.MostConcurrentLogins);
        Assert.All(Lab.Port.Opened.Values, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task UnreachableNodeTheProcedureDoesNotNeed_DoesNotStopThePlan_ANeededOneDoes()
    {
        Lab.Port.Unreachable.Add("cucm-sub1");
        var cup = await PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Cup));

        var tomcat = await Assert.ThrowsAsync<Nodes.NodeException>(() => PlanAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat)));

        Assert.False(cup.IsBlocked);
        Assert.Equal(Nodes.NodeFailure.Unreachable, tomcat.Failure);
        Assert.Equal("cucm-sub1", tomcat.Node);
    }
}
