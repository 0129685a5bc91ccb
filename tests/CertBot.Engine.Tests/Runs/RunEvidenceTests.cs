using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;
using CertBot.Engine.Runs;

namespace CertBot.Engine.Tests.Runs;

/// <summary>
/// The maintenance record comes from what the steps verified and journaled: the old serial the node presented and
/// the new one it presents after, the trust entries deleted with their serials, the services restarted; a step
/// that failed is never counted as done, and what is left for people follows from what the run really did.
/// </summary>
public sealed class RunEvidenceTests
{
    private readonly EngineHarness harness = new();

    [Fact]
    public async Task Regeneration_RecordsEachNodesOldAndNewSerialAndExpiry_AsTheNodesPresentThem()
    {
        var before = harness.Lab.Port.Nodes.Values.Where(n => n.Ref.Cluster == "lab-east")
            .ToDictionary(n => n.Ref.Name, n => n.Own.Single(c => c.Unit == "tomcat"));
        var id = await harness.RequestAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat));

        var run = await harness.DriveAsync(id);
        var evidence = RunEvidence.Of(run, await harness.JournalAsync(id));

        Assert.Equal(RunState.Succeeded, run.State);
        var regenerated = RunEvidence.Verified(evidence).Where(c => c.Kind == ChangeKind.Regenerated).ToList();
        Assert.Equal(before.Keys.Order(), regenerated.Select(c => c.Node).Order());
        Assert.All(regenerated, c =>
        {
            var now = harness.Lab[c.Node].Own.Single(o => o.Unit == "tomcat");
            Assert.Equal(("tomcat", before[c.Node].Serial, before[c.Node].NotAfter), (c.What, c.OldSerial, c.OldNotAfter));
            Assert.Equal((now.Serial, now.NotAfter), (c.NewSerial, c.NewNotAfter));
            Assert.NotEqual(c.OldSerial, c.NewSerial);
        });
        Assert.Equal(before.Keys.Order(), RunEvidence.Verified(evidence).Where(c => c.Kind == ChangeKind.ServiceRestarted && c.What == Services.Tomcat).Select(c => c.Node).Order());
        Assert.All(evidence, e => Assert.NotNull(e.Took));
        Assert.DoesNotContain(evidence, e => e.Step.Kind is StepKind.ApprovalGate or StepKind.Manual);
    }

    [Fact]
    public async Task FailedStep_IsThereAsFailed_NeverAsDone_AndTheRunsOpenManualStepsAreLeftForPeople()
    {
        harness.Lab.Port.FailOnce.Add("imp-pub: set cert regen tomcat");
        var id = await harness.RequestAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat));
        var paused = await harness.DriveAsync(id);
        Assert.Equal(RunState.Paused, paused.State);

        Assert.True((await harness.AbortAsync(id, EngineHarness.Bob)).Changed);
        var run = await harness.RunAsync(id);
        var evidence = RunEvidence.Of(run, await harness.JournalAsync(id));

        var failed = Assert.Single(evidence, e => e.Outcome.Status == StepStatus.Failed);
        Assert.Equal("imp-pub", failed.Step.Node!.Name);
        Assert.Empty(failed.Changes);
        Assert.DoesNotContain(RunEvidence.Verified(evidence), c => c.Node == "imp-pub");
        Assert.Equal(["cucm-pub", "cucm-sub1"], RunEvidence.Verified(evidence).Select(c => c.Node));
        Assert.DoesNotContain(RunEvidence.Verified(evidence), c => c.Kind == ChangeKind.ServiceRestarted);
        var left = FollowUps.Of(run, evidence);
        Assert.Contains(left, l => l.StartsWith("Push the new certificate to Jabber clients (never confirmed in the run): ", StringComparison.Ordinal));
        Assert.DoesNotContain(left, l => l.Contains("then confirm", StringComparison.Ordinal));
        Assert.DoesNotContain(left, l => l.Contains("PRG", StringComparison.Ordinal)); // the undo lines say it
    }

    [Fact]
    public async Task CompleteRun_LeavesNoManualStepForPeople_AndNoPhoneCheckWithoutACallManagerRestart()
    {
        var id = await harness.RequestAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat));

        var run = await harness.DriveAsync(id);

        Assert.Empty(FollowUps.Of(run, RunEvidence.Of(run, await harness.JournalAsync(id))));
    }

    [Fact]
    public async Task Purge_RecordsEachDeletedFileWithItsSerial_AndSaysWhereItWasAlreadyGone()
    {
        var plan = await harness.Runs.PlanAsync(ProcedureRequest.PurgeTrust("lab-east"), default);
        var deletions = plan.Steps.Where(s => s.Kind == StepKind.DeleteTrust).ToList();
        var serials = deletions.ToDictionary(s => (s.Node!.Name, $"{s.Store}/{s.File}"),
            s => harness.Lab[s.Node!.Name].Trust.Single(t => t.Store == s.Store && t.File == s.File).Serial);
        harness.Lab.Port.BeforeCommand = line =>
        {
            if (line == "cucm-pub: set cert delete tomcat-trust Old_Root_CA_01.pem")
            {
                harness.Lab["cucm-sub1"].Trust.Clear();
            }
        };
        var answer = await harness.Runs.RequestAsync(plan, EngineHarness.Alice, default);

        var run = await harness.DriveAsync(answer.Run!.Id);
        var deleted = RunEvidence.Verified(RunEvidence.Of(run, await harness.JournalAsync(run.Id))).Where(c => c.Kind == ChangeKind.TrustDeleted).ToList();

        Assert.Equal(serials.Keys, deleted.Select(c => (c.Node, c.What)));
        Assert.All(deleted, c => Assert.Equal(serials[(c.Node, c.What)], c.OldSerial));
        Assert.Equal("already gone when the step ran", Assert.Single(deleted, c => c.Node == "cucm-sub1" && c.What == "tomcat-trust/Old_Root_CA_01.pem").Note);
        Assert.Null(Assert.Single(deleted, c => c.Node == "cucm-pub" && c.What == "tomcat-trust/Old_Root_CA_01.pem").Note);
    }

    [Fact]
    public async Task CallManagerRestart_LeavesThePhoneCheck_NamingTheNode()
    {
        var purge = new EngineHarness(lab => lab["cucm-pub"].Trust.Add(Fakes.Certs.Trust("CallManager-trust", "Old_Phone_CA.pem", "CN=Old Phone CA", "0BAD09", Fakes.Certs.Now.AddDays(-10))));
        var id = await purge.RequestAsync(ProcedureRequest.PurgeTrust("lab-east"));

        var run = await purge.DriveAsync(id);
        var left = FollowUps.Of(run, RunEvidence.Of(run, await purge.JournalAsync(id)));

        Assert.Equal(RunState.Succeeded, run.State);
        Assert.Contains("Phones registered on cucm-pub re-registered after the Cisco CallManager restart: check that none stayed unregistered (CUCM Administration > Device > Phone, status)", left);
    }

    [Fact]
    public async Task IpsecRegeneration_LeavesTheDrsBackup()
    {
        var id = await harness.RequestAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.Ipsec));

        var run = await harness.DriveAsync(id);

        Assert.Equal(RunState.Succeeded, run.State);
        Assert.Contains(FollowUps.Of(run, RunEvidence.Of(run, await harness.JournalAsync(id))), l => l.StartsWith("The ipsec certificates changed: run a DRS backup", StringComparison.Ordinal));
    }
}
