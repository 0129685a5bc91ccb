using CertBot.Engine.Model;
using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;
using CertBot.Engine.Runs;

namespace CertBot.Engine.Tests.Runs;

/// <summary>Every procedure run end to end over the fake lab: the commands in the seed's order, and the changes verified.</summary>
public sealed class ProcedureRunTests
{
    private readonly EngineHarness harness = new();

    private List<string> Changes => harness.Lab.Port.Changes.ToList();

    [Fact]
    public async Task Cup_RegeneratesThenSipProxyThenPresenceEngineThenSipFederation()
    {
        var id = await harness.RequestAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Cup));

        Assert.Equal(RunState.Succeeded, (await harness.DriveAsync(id)).State);
        Assert.Equal(
            [
                "imp-pub: set cert regen cup", "imp-sub1: set cert regen cup", "imp-sub2: set cert regen cup",
                "imp-pub: utils service restart Cisco SIP Proxy", "imp-sub1: utils service restart Cisco SIP Proxy", "imp-sub2: utils service restart Cisco SIP Proxy",
                "imp-pub: utils service restart Cisco Presence Engine", "imp-sub1: utils service restart Cisco Presence Engine", "imp-sub2: utils service restart Cisco Presence Engine",
                "imp-pub: utils service restart Cisco XCP SIP Federation Connection Manager",
            ],
            Changes);
    }

    [Fact]
    public async Task CupXmpp_RestartsTheRouterNeverStopsIt()
    {
        var id = await harness.RequestAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.CupXmpp));

        Assert.Equal(RunState.Succeeded, (await harness.DriveAsync(id)).State);
        Assert.Equal(3, Changes.Count(c => c.EndsWith("utils service restart Cisco XCP Router", StringComparison.Ordinal)));
        Assert.DoesNotContain(Changes, c => c.Contains("utils service stop", StringComparison.Ordinal));
        Assert.Contains(await harness.JournalAsync(id), j => j.Kind == JournalKind.Confirmed && j.Message.Contains("Jabber", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PurgeTrust_DeletesExactlyThePlannedFiles_AndLeavesEveryServiceAsItWas()
    {
        var plan = await harness.Runs.PlanAsync(ProcedureRequest.PurgeTrust("lab-east"), default);
        var planned = plan.Steps.Where(s => s.Kind == StepKind.DeleteTrust).Select(s => $"{s.Node!.Name}: set cert delete {s.Store} {s.File}").ToList();
        var answer = await harness.Runs.RequestAsync(plan, EngineHarness.Alice, default);

        Assert.Equal(RunState.Succeeded, (await harness.DriveAsync(answer.Run!.Id)).State);
        Assert.Equal(planned, Changes.Where(c => c.Contains("set cert delete", StringComparison.Ordinal)));
        Assert.All(harness.Lab.Port.Nodes.Values.Where(n => n.Ref.Cluster == "lab-east"), node =>
        {
            Assert.DoesNotContain(node.Trust, c => c.NotAfter <= Fakes.Certs.Now);
            Assert.All(node.Services.Values.Where(s => s.Activated), s => Assert.Equal(ServiceState.Started, s.State));
        });
        Assert.Contains(harness.Lab["imp-sub1"].Trust, c => c.File == "Valid_Peer.pem");
    }

    [Fact]
    public async Task PurgeTrust_EntryAlreadyGone_IsSuccessSaidSo()
    {
        var id = await harness.RequestAsync(ProcedureRequest.PurgeTrust("lab-east"));
        harness.Lab.Port.BeforeCommand = line =>
        {
            // From 11.0 a delete propagates cluster-wide: the subscriber's copy disappears with the publisher's.
            if (line == "cucm-pub: set cert delete tomcat-trust Old_Root_CA_01.pem")
            {
                harness.Lab["cucm-sub1"].Trust.Clear();
            }
        };

        Assert.Equal(RunState.Succeeded, (await harness.DriveAsync(id)).State);
        Assert.DoesNotContain("cucm-sub1: set cert delete tomcat-trust Old_Root_CA_01.pem", Changes);
        Assert.Contains(await harness.JournalAsync(id), j => j.Message.Contains("tomcat-trust/Old_Root_CA_01.pem on cucm-sub1: already gone", StringComparison.Ordinal));
    }

    [Fact]
    public async Task VerifyIpsec_RemedyRun_LeavesEveryNodeMatching()
    {
        var sub = harness.Lab["imp-sub2"];
        var entry = sub.Trust.Single(c => c.Store == "ipsec-trust");
        sub.Trust[sub.Trust.IndexOf(entry)] = entry with { Serial = "0DD", File = "cucm-pub_old.pem" };
        var id = await harness.RequestAsync(ProcedureRequest.VerifyIpsec("lab-east"));

        Assert.Equal(RunState.Succeeded, (await harness.DriveAsync(id)).State);
        Assert.Equal("imp-sub2: set cert delete ipsec-trust cucm-pub_old.pem", Changes[0]);
        Assert.Equal("imp-sub2: set cert import trust ipsec", Changes[1]);
        var after = await harness.Runs.PlanAsync(ProcedureRequest.VerifyIpsec("lab-east"), default);
        Assert.Empty(after.Steps);
        Assert.Equal(4, after.Decisions.Count(d => d.Text.EndsWith(": match", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Exchange_MovesCertificatesBothWays_ImportMappingVerified_PasswordNeverJournaled()
    {
        var id = await harness.RequestAsync(ProcedureRequest.Exchange("lab-west", "lab-east"));

        var run = await harness.DriveAsync(id);

        Assert.Equal(RunState.Succeeded, run.State);
        Assert.Equal(
            ["cucm-pub: set cert bulk sftp certbot@sftp.lab:22/bulk", "cucm-pub: set cert bulk export all",
             "west-pub: set cert bulk sftp certbot@sftp.lab:22/bulk", "west-pub: set cert bulk export all",
             "west-pub: set cert bulk consolidate all", "cucm-pub: set cert bulk import all", "west-pub: set cert bulk import all"],
            Changes);
        var westCallManager = harness.Lab["west-pub"].Own.Single(c => c.Unit == "CallManager").Serial;
        Assert.Contains(harness.Lab["cucm-pub"].Trust, c => c.Store == "Phone-SAST-trust" && c.Serial == westCallManager);
        Assert.Contains(await harness.JournalAsync(id), j => j.Message.Contains("import mapping verified", StringComparison.Ordinal));
        Assert.DoesNotContain(await harness.JournalAsync(id), j => $"{j.Message}{j.Command}{j.OutputTail}".Contains("s3cret-Pa55word", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Exchange_PasswordInAFailure_IsMasked()
    {
        harness.Lab.Port.FailOnce.Add("west-pub: set cert bulk export all");
        harness.Lab.Port.FailureOutput = "sftp: login as certbot with s3cret-Pa55word refused";
        var id = await harness.RequestAsync(ProcedureRequest.Exchange("lab-west", "lab-east"));

        var run = await harness.DriveAsync(id);

        Assert.Equal(RunState.Paused, run.State);
        var failed = (await harness.JournalAsync(id)).Single(j => j.Kind == JournalKind.StepFailed);
        Assert.Equal("sftp: login as certbot with ******** refused", failed.OutputTail);
    }

    [Fact]
    public async Task Exchange_MissingPasswordSecret_PausesWithTheReason()
    {
        harness.Secrets.Values.Clear();
        var id = await harness.RequestAsync(ProcedureRequest.Exchange("lab-west", "lab-east"));

        var run = await harness.DriveAsync(id);

        Assert.Equal(RunState.Paused, run.State);
        Assert.Contains("the secret BULK_SFTP_PASSWORD (bulk SFTP password) is not set", run.Attention, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exchange_ImportThatLeavesAStoreIncomplete_FailsVerification()
    {
        var id = await harness.RequestAsync(ProcedureRequest.Exchange("lab-west", "lab-east"));
        harness.Lab.Port.BeforeCommand = line =>
        {
            if (line == "cucm-pub: show cert list trust" && harness.Lab.Port.Log.Contains("cucm-pub: set cert bulk import all"))
            {
                harness.Lab["cucm-pub"].Trust.RemoveAll(c => c.Store == "Phone-SAST-trust");
            }
        };

        var run = await harness.DriveAsync(id);

        Assert.Equal(RunState.Paused, run.State);
        Assert.Contains("lab-west/west-pub CallManager in Phone-SAST-trust", run.Attention, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exchange_MissingExportFile_StopsBeforeTheConsolidation()
    {
        harness.Lab.Port.LostFiles.Add("west-sub1.west.lab.p12");
        var id = await harness.RequestAsync(ProcedureRequest.Exchange("lab-west", "lab-east"));

        var run = await harness.DriveAsync(id);

        Assert.Equal(RunState.Paused, run.State);
        Assert.Equal(StepKind.VerifyBulkFiles, run.CurrentStep!.Kind);
        Assert.Contains("has no file for west-sub1.west.lab", run.Attention, StringComparison.Ordinal);
        Assert.DoesNotContain(Changes, c => c.Contains("consolidate", StringComparison.Ordinal));
    }
}
