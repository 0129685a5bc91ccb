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
    public async Task Ipsec_RestartsDrfLocalEverywhere_ThenVerifiesTheIpsecTrustInTheSameRun()
    {
        var id = await harness.RequestAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Ipsec));

        var run = await harness.DriveAsync(id);

        Assert.Equal(RunState.Succeeded, run.State);
        Assert.Equal(
            ["cucm-pub", "cucm-sub1", "imp-pub", "imp-sub1", "imp-sub2"],
            Changes.Where(c => c.EndsWith("restart Cisco DRF Local", StringComparison.Ordinal)).Select(c => c[..c.IndexOf(':', StringComparison.Ordinal)]));
        Assert.Contains(await harness.JournalAsync(id), j => j.Message.Contains("every node of lab-east trusts cucm-pub's ipsec.pem", StringComparison.Ordinal));
        Assert.Contains(await harness.JournalAsync(id), j => j.Kind == JournalKind.Confirmed && j.Message.Contains("test backup", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ipsec_TrustLostDuringTheRestarts_PausesAtTheVerificationNamingTheNode()
    {
        var id = await harness.RequestAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Ipsec));
        harness.Lab.Port.BeforeCommand = line =>
        {
            if (line.EndsWith("restart Cisco DRF Local", StringComparison.Ordinal))
            {
                harness.Lab["cucm-sub1"].Trust.RemoveAll(c => c.Store == "ipsec-trust");
            }
        };

        var run = await harness.DriveAsync(id);

        Assert.Equal(RunState.Paused, run.State);
        Assert.Equal(StepKind.VerifyIpsecTrust, run.CurrentStep!.Kind);
        Assert.Contains("ipsec-trust on cucm-sub1 lacks cucm-pub's ipsec.pem", run.Attention, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceThatFallsOverAfterTheRestarts_PausesTheRunAtTheHealthCheckWithTheEvidence()
    {
        var id = await harness.RequestAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Cup));
        harness.Lab.Port.BeforeCommand = line =>
        {
            if (line == "cucm-pub: utils dbreplication runtimestate" && harness.Lab.Port.Log.Contains("imp-pub: utils service restart Cisco SIP Proxy"))
            {
                harness.Lab["imp-sub1"].WithService(Services.PresenceEngine, ServiceState.Stopped);
                harness.Lab["cucm-sub1"].Replication = new ReplicationServer("cucm-sub1", "10.0.0.2", "N/Y/Y", "0", 4, "Setup Incomplete");
            }
        };

        var run = await harness.DriveAsync(id);

        Assert.Equal(RunState.Paused, run.State);
        Assert.Equal(StepKind.CheckHealth, run.CurrentStep!.Kind);
        Assert.Contains("lab-east is not healthy after the changes", run.Attention, StringComparison.Ordinal);
        Assert.Contains("cucm-sub1 (4) Setup Incomplete", run.Attention, StringComparison.Ordinal);
        Assert.Contains("Cisco Presence Engine on imp-sub1 is STOPPED", run.Attention, StringComparison.Ordinal);
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
        var id = await harness.RequestAsync(ProcedureRequest.Exchange("lab-west", "lab-east"));
        harness.Secrets.Values.Clear();

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
        Assert.Contains("west-pub.west.lab CallManager in Phone-SAST-trust", run.Attention, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exchange_ExportsWithoutCapf_TheImportCheckExpectsOnlyWhatTheFilesHold()
    {
        harness.Lab.Port.NotExported.Add("west-pub/CAPF");
        harness.Lab.Port.NotExported.Add("cucm-pub/ITLRecovery");
        var id = await harness.RequestAsync(ProcedureRequest.Exchange("lab-west", "lab-east"));

        var run = await harness.DriveAsync(id);

        Assert.Equal(RunState.Succeeded, run.State);
        var westCapf = harness.Lab["west-pub"].Own.Single(c => c.Unit == "CAPF").Serial;
        Assert.DoesNotContain(harness.Lab["cucm-pub"].Trust, c => c.Serial == westCapf);
        var journal = await harness.JournalAsync(id);
        var text = string.Join("\n", journal.Select(j => j.Message));
        Assert.Contains("west-pub.west.lab: tomcat, CallManager, ITLRecovery;", text, StringComparison.Ordinal);
        Assert.Contains("lab-east/cucm-pub: import mapping verified (8 trust entries)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exchange_MissingExportFile_StopsBeforeTheConsolidation()
    {
        harness.Lab.Port.LostFiles.Add("west-sub1.west.lab.p12");
        var id = await harness.RequestAsync(ProcedureRequest.Exchange("lab-west", "lab-east"));

        var run = await harness.DriveAsync(id);

        Assert.Equal(RunState.Paused, run.State);
        Assert.Equal(StepKind.VerifyBulkFiles, run.CurrentStep!.Kind);
        Assert.Contains("has no exported certificate of west-sub1.west.lab", run.Attention, StringComparison.Ordinal);
        Assert.DoesNotContain(Changes, c => c.Contains("consolidate", StringComparison.Ordinal));
    }
}
