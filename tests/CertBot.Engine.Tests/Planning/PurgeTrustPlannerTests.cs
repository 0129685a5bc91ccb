using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;
using CertBot.Engine.Tests.Fakes;

namespace CertBot.Engine.Tests.Planning;

public sealed class PurgeTrustPlannerTests : PlannerTestBase
{
    [Fact]
    public async Task Expired_GateListsExactlyWhichFileGoesOnWhichNode()
    {
        var plan = await PlanAsync(ProcedureRequest.PurgeTrust("lab-east"));

        string[] expected =
        [
            "Delete tomcat-trust/Old_Root_CA_01.pem on cucm-pub", "Delete tomcat-trust/Old_Root_CA_01.pem on cucm-sub1",
            "Delete cup-trust/Expired_Peer.pem on imp-pub", "Delete cup-trust/Expired_Peer.pem on imp-sub1", "Delete cup-trust/Expired_Peer.pem on imp-sub2",
        ];
        Assert.Equal(expected, Titles(plan, StepKind.DeleteTrust));
        var gate = plan.Steps[IndexOf(plan, expected[0]) - 1];
        Assert.Equal(StepKind.ApprovalGate, gate.Kind);
        Assert.Contains("tomcat-trust/Old_Root_CA_01.pem on cucm-sub1", gate.Title, StringComparison.Ordinal);
        Assert.Contains("cup-trust/Expired_Peer.pem on imp-sub2", gate.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Steps, s => s.File == "Valid_Peer.pem");
        Assert.All(plan.Steps.Where(s => s.Kind == StepKind.DeleteTrust), s => Assert.True(s.ServiceImpacting));
    }

    [Fact]
    public async Task TomcatTrust_StopsExpiryMonitorAndChangeNotificationFirst_StartsThemAfter()
    {
        var plan = await PlanAsync(ProcedureRequest.PurgeTrust("lab-east"));

        var steps = Titles(plan);
        var firstDelete = IndexOf(plan, "Delete tomcat-trust/Old_Root_CA_01.pem on cucm-pub");
        string[] stops =
        [
            "Stop Cisco Certificate Expiry Monitor on imp-pub", "Stop Cisco Intercluster Sync Agent on imp-pub",
            "Stop Cisco Certificate Expiry Monitor on imp-sub1", "Stop Cisco Intercluster Sync Agent on imp-sub1",
            "Stop Cisco Certificate Expiry Monitor on imp-sub2", "Stop Cisco Intercluster Sync Agent on imp-sub2",
            "Stop Cisco Certificate Expiry Monitor on cucm-pub", "Stop Cisco Certificate Change Notification on cucm-pub",
            "Stop Cisco Certificate Expiry Monitor on cucm-sub1", "Stop Cisco Certificate Change Notification on cucm-sub1",
        ];
        Assert.Equal(stops, steps.Where(s => s.StartsWith("Stop ", StringComparison.Ordinal)));
        Assert.All(stops, s => Assert.True(IndexOf(plan, s) < firstDelete));
        Assert.Equal(stops.Select(s => "Start " + s[5..]), steps.Where(s => s.StartsWith("Start ", StringComparison.Ordinal)));
        Assert.All(stops, s => Assert.True(IndexOf(plan, "Start " + s[5..]) > IndexOf(plan, "Restart Cisco Tomcat on cucm-sub1")));
        AssertDecision(plan, "tomcat-trust deletion: Cisco Certificate Expiry Monitor and Certificate Change Notification stopped first");
    }

    [Fact]
    public async Task Deletions_RestartTheServicesReadingTheStore_PublisherFirst()
    {
        var plan = await PlanAsync(ProcedureRequest.PurgeTrust("lab-east"));

        Assert.Equal(
            ["Restart Cisco Tomcat on cucm-pub", "Restart Cisco Tomcat on cucm-sub1",
             "Restart Cisco SIP Proxy on imp-pub", "Restart Cisco SIP Proxy on imp-sub1", "Restart Cisco SIP Proxy on imp-sub2",
             "Restart Cisco Presence Engine on imp-pub", "Restart Cisco Presence Engine on imp-sub1", "Restart Cisco Presence Engine on imp-sub2",
             "Restart Cisco XCP SIP Federation Connection Manager on imp-pub"],
            Titles(plan).Where(t => t.StartsWith("Restart ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task OlderThan_KeepsRecentlyExpiredCertificates_AndSkipsCucmStopsWithoutTomcatTrust()
    {
        Lab["cucm-pub"].Trust.Clear();
        Lab["cucm-sub1"].Trust.Clear();
        var plan = await PlanAsync(ProcedureRequest.PurgeTrust("lab-east", olderThanDays: 2));
        var none = await PlanAsync(ProcedureRequest.PurgeTrust("lab-east", olderThanDays: 5));

        Assert.Equal(3, Titles(plan, StepKind.DeleteTrust).Count);
        Assert.DoesNotContain(Titles(plan), t => t.Contains("Change Notification", StringComparison.Ordinal));
        Assert.False(none.Changes);
        Assert.Empty(none.Steps);
        AssertDecision(none, "no trust certificate expired 5 or more days ago: nothing to delete");
    }

    [Fact]
    public async Task Named_ValidObsoleteCertificate_IsDeletedAndTheRouterRestarted()
    {
        var plan = await PlanAsync(ProcedureRequest.PurgeTrust("lab-east", trustFiles: ["cup-xmpp-trust/Valid_Peer.pem"]));

        Assert.Equal(["imp-pub", "imp-sub1", "imp-sub2"], plan.Steps.Where(s => s.Kind == StepKind.DeleteTrust).Select(s => s.Node!.Name));
        Assert.Equal(3, Titles(plan).Count(t => t.StartsWith("Restart Cisco XCP Router", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("own/tomcat.pem", "identity certificates are never deleted")]
    [InlineData("tomcat/tomcat.pem", "identity certificates are never deleted")]
    [InlineData("tomcat-trust/Nope.pem", "tomcat-trust/Nope.pem is on no node")]
    public async Task Named_IdentityOrMissing_IsBlocked(string file, string expected)
    {
        var plan = await PlanAsync(ProcedureRequest.PurgeTrust("lab-east", trustFiles: [file]));

        Assert.Contains(plan.Blockers, b => b.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task StoppedSyncAgent_IsNeitherStoppedNorStartedAgain()
    {
        Lab["imp-sub2"].WithService(Services.InterclusterSyncAgent, Model.ServiceState.Stopped);

        var plan = await PlanAsync(ProcedureRequest.PurgeTrust("lab-east"));

        Assert.DoesNotContain(plan.Steps, s => s.Node?.Name == "imp-sub2" && s.Service == Services.InterclusterSyncAgent);
        AssertDecision(plan, "Cisco Intercluster Sync Agent is not running on imp-sub2: not stopped, not started again");
    }

    [Fact]
    public async Task Expired_ButStillMatters_IsKeptWithTheReason_OthersStillGo()
    {
        // cucm-sub1's tomcat was signed by the (expired) Old Root CA; the publisher's own ipsec copy has expired.
        var sub = Lab["cucm-sub1"];
        sub.Own[sub.Own.FindIndex(c => c.Unit == "tomcat")] = Certs.Identity("tomcat", "cucm-sub1", "7001", selfSigned: false) with { Issuer = "CN=Old Root CA" };
        var ipsec = Lab["cucm-pub"].Own.Single(c => c.Unit == "ipsec");
        Lab["imp-sub1"].Trust.RemoveAll(c => c.Store == "ipsec-trust");
        Lab["imp-sub1"].Trust.Add(Certs.Trust("ipsec-trust", "cucm-pub.pem", ipsec.Subject, ipsec.Serial, Certs.Now.AddDays(-1)));

        var plan = await PlanAsync(ProcedureRequest.PurgeTrust("lab-east"));

        Assert.DoesNotContain(plan.Steps, s => s.File == "Old_Root_CA_01.pem" || s.Store == "ipsec-trust");
        AssertDecision(plan, "tomcat-trust/Old_Root_CA_01.pem on cucm-pub expired on 2026-08-13 but is kept: it is the CA that signed tomcat on cucm-sub1");
        AssertDecision(plan, "ipsec-trust/cucm-pub.pem on imp-sub1 expired on 2026-11-20 but is kept: it is the copy of the Unified CM publisher's current ipsec.pem");
        Assert.Contains(plan.Steps, s => s.Kind == StepKind.DeleteTrust && s.File == "Expired_Peer.pem");
        Assert.False(plan.IsBlocked);
    }
}
