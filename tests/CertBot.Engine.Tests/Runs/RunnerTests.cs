using CertBot.Engine.Configuration;
using CertBot.Engine.Model;
using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;
using CertBot.Engine.Runs;

namespace CertBot.Engine.Tests.Runs;

public sealed class RunnerTests
{
    private static readonly ProcedureRequest Tomcat = ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat);
    private readonly EngineHarness harness = new();

    private List<string> Changes => harness.Lab.Port.Changes.ToList();

    [Fact]
    public async Task RegenerateTomcat_Succeeds_PublisherFirst_AllRegenerationsBeforeTheFirstRestart()
    {
        string[] order = ["cucm-pub", "cucm-sub1", "imp-pub", "imp-sub1", "imp-sub2"];
        var before = order.ToDictionary(n => n, n => harness.Lab[n].Own.Single(c => c.Unit == "tomcat").Serial);
        var id = await harness.RequestAsync(Tomcat);

        var run = await harness.DriveAsync(id);

        Assert.Equal(RunState.Succeeded, run.State);
        Assert.Equal(
            order.Select(n => $"{n}: set cert regen tomcat").Concat(order.Select(n => $"{n}: utils service restart Cisco Tomcat")),
            Changes);
        Assert.All(order, n => Assert.NotEqual(before[n], harness.Lab[n].Own.Single(c => c.Unit == "tomcat").Serial));
        Assert.All(run.Steps, s => Assert.Equal(StepStatus.Succeeded, s.Status));
        Assert.Null(await harness.Store.LockHolderAsync("lab-east", default));
    }

    [Fact]
    public async Task Run_JournalsEveryStepStartBeforeAndVerifiedOutcomeAfter()
    {
        var id = await harness.RequestAsync(Tomcat);
        await harness.DriveAsync(id);

        var journal = await harness.JournalAsync(id);
        var regen = journal.Where(j => j.StepIndex == 2).Select(j => j.Kind).ToList();
        Assert.Equal([JournalKind.StepStarted, JournalKind.StepSucceeded], regen);
        Assert.Equal("set cert regen tomcat", journal.First(j => j.Kind == JournalKind.StepStarted && j.StepIndex == 2).Command);
        Assert.Contains("new serial", journal.First(j => j.Kind == JournalKind.StepSucceeded && j.StepIndex == 2).Message, StringComparison.Ordinal);
        Assert.Contains(journal, j => j.Kind == JournalKind.Rechecked);
        Assert.Contains(journal, j => j.Kind == JournalKind.Decision && j.Message.Contains("self-signed on imp-sub2", StringComparison.Ordinal));
        Assert.Equal(JournalKind.Succeeded, journal[^1].Kind);
        Assert.Equal(Enumerable.Range(1, journal.Count).Select(i => (long)i), journal.Select(j => j.Sequence));
    }

    [Fact]
    public async Task Run_WritesAProgressEventForEveryStateChangeAndStep()
    {
        var id = await harness.RequestAsync(Tomcat);
        await harness.DriveAsync(id);

        var events = await harness.Store.PendingEventsAsync(1000, default);
        Assert.Equal(11, events.Count(e => e.Kind == ProgressKind.StepStarted));
        Assert.Equal(11, events.Count(e => e.Kind == ProgressKind.StepFinished));
        Assert.Equal(5, events.Count(e => e.Kind == ProgressKind.GateOpened));
        Assert.Equal(ProgressKind.Finished, events[^1].Kind);
        Assert.Equal(RunState.Succeeded, events[^1].State);
        await harness.Store.MarkDeliveredAsync(events.Take(3).Select(e => e.Id).ToList(), harness.Time.GetUtcNow(), default);
        Assert.Equal(events.Count - 3, (await harness.Store.PendingEventsAsync(1000, default)).Count);
    }

    [Fact]
    public async Task Run_UsesOneSessionPerNodeWhileItWorks()
    {
        var id = await harness.RequestAsync(Tomcat);
        await harness.ApproveAsync(id, EngineHarness.Bob);
        await harness.WorkAsync(); // re-check only, then the PRG confirmation
        await harness.ConfirmAsync(id, EngineHarness.Alice);
        var opened = new Dictionary<string, int>(harness.Lab.Port.Opened);

        await harness.WorkAsync(); // five regenerations in one stretch

        Assert.All(harness.Lab.Port.Opened, o => Assert.Equal(1, o.Value - opened.GetValueOrDefault(o.Key)));
    }

    [Fact]
    public async Task FailedStep_PausesWithTheCommandAndOutput_RetryCompletes()
    {
        harness.Lab.Port.FailOnce.Add("imp-sub1: set cert regen tomcat");
        var id = await harness.RequestAsync(Tomcat);

        var paused = await harness.DriveAsync(id);

        Assert.Equal(RunState.Paused, paused.State);
        Assert.Equal(PauseCause.StepFailed, paused.Cause);
        Assert.Equal("Regenerate tomcat on imp-sub1", paused.CurrentStep!.Title);
        Assert.Contains("retry, skip (approver) or abort", paused.Attention, StringComparison.Ordinal);
        var failed = (await harness.JournalAsync(id)).Single(j => j.Kind == JournalKind.StepFailed);
        Assert.Equal("set cert regen tomcat", failed.Command);
        Assert.Equal("Executed command unsuccessfully", failed.OutputTail);
        Assert.DoesNotContain(Changes, c => c.StartsWith("imp-sub2", StringComparison.Ordinal));

        Assert.True((await harness.RetryAsync(id, EngineHarness.Alice)).Changed);
        var done = await harness.DriveAsync(id);

        Assert.Equal(RunState.Succeeded, done.State);
        Assert.Equal(2, done.Steps[paused.NextStep].Attempts);
    }

    [Fact]
    public async Task Skip_IsAnApproversDecision_AndMovesPastTheFailedStep()
    {
        harness.Lab.Port.FailOnce.Add("imp-sub1: set cert regen tomcat");
        var id = await harness.RequestAsync(Tomcat);
        var paused = await harness.DriveAsync(id);

        var byRequester = await harness.SkipAsync(id, EngineHarness.Alice);
        var byApprover = await harness.SkipAsync(id, EngineHarness.Bob);
        var done = await harness.DriveAsync(id);

        Assert.Equal(AnswerKind.Refused, byRequester.Kind);
        Assert.True(byApprover.Changed);
        Assert.Equal(RunState.Succeeded, done.State);
        Assert.Equal(StepStatus.Skipped, done.Steps[paused.NextStep].Status);
        Assert.Contains((await harness.JournalAsync(id)), j => j.Kind == JournalKind.StepSkipped && j.Principal == EngineHarness.Bob);
    }

    [Fact]
    public async Task Abort_FailsTheRunAndFreesTheCluster()
    {
        harness.Lab.Port.FailOnce.Add("cucm-pub: set cert regen tomcat");
        var id = await harness.RequestAsync(Tomcat);
        await harness.DriveAsync(id);

        var answer = await harness.AbortAsync(id, EngineHarness.Alice);

        Assert.Equal(RunState.Failed, answer.Run!.State);
        Assert.Null(await harness.Store.LockHolderAsync("lab-east", default));
        Assert.Empty(answer.Allowed);
    }

    [Fact]
    public async Task Cancel_WhileAStepRuns_StopsAtTheNextBoundary()
    {
        var id = await harness.RequestAsync(Tomcat);
        harness.Lab.Port.BeforeCommand = line =>
        {
            if (line == "cucm-sub1: set cert regen tomcat")
            {
                var answer = harness.CancelAsync(id, EngineHarness.Alice).GetAwaiter().GetResult();
                Assert.Equal(AnswerKind.Done, answer.Kind);
            }
        };

        var run = await harness.DriveAsync(id);

        Assert.Equal(RunState.Cancelled, run.State);
        Assert.Equal(["cucm-pub: set cert regen tomcat", "cucm-sub1: set cert regen tomcat"], Changes);
        Assert.Equal(StepStatus.Succeeded, run.Steps.Single(s => run.Plan.Steps[s.Index].Title == "Regenerate tomcat on cucm-sub1").Status);
        Assert.Null(await harness.Store.LockHolderAsync("lab-east", default));
    }

    [Fact]
    public async Task Crash_MidStep_LeavesTheRunInterruptedAtThatStep_NothingReExecuted_RetryCompletes()
    {
        var id = await harness.RequestAsync(Tomcat);
        harness.Lab.Port.BeforeCommand = line =>
        {
            if (line == "imp-pub: set cert regen tomcat")
            {
                throw new OperationCanceledException("the process is stopping");
            }
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.DriveAsync(id));
        harness.Lab.Port.BeforeCommand = null;
        var journalBefore = await harness.JournalAsync(id);

        harness.Restart();
        var interrupted = await harness.Engine.Runner.RecoverAsync(default);
        await harness.WorkAsync();

        var run = await harness.RunAsync(id);
        Assert.Equal(1, interrupted);
        Assert.Equal(RunState.Interrupted, run.State);
        Assert.Equal("Regenerate tomcat on imp-pub", run.CurrentStep!.Title);
        Assert.Equal(["cucm-pub: set cert regen tomcat", "cucm-sub1: set cert regen tomcat"], Changes);
        var journal = await harness.JournalAsync(id);
        Assert.Equal(journalBefore, journal.Take(journalBefore.Count));
        Assert.Equal(JournalKind.Interrupted, journal[^1].Kind);

        Assert.True((await harness.RetryAsync(id, EngineHarness.Alice)).Changed);
        Assert.Equal(RunState.Succeeded, (await harness.DriveAsync(id)).State);
    }

    [Fact]
    public async Task Recover_LeavesAnApprovedRunWithNothingInFlightRunning()
    {
        var id = await harness.RequestAsync(Tomcat);
        await harness.ApproveAsync(id, EngineHarness.Bob);

        Assert.Equal(0, await harness.Engine.Runner.RecoverAsync(default));
        Assert.Equal(RunState.Running, (await harness.RunAsync(id)).State);
    }

    [Fact]
    public async Task Drift_BeforeTheFirstChange_VoidsTheApprovalAndAsksAgain()
    {
        var id = await harness.RequestAsync(Tomcat);
        var first = await harness.OpenGateAsync(id);
        await harness.ApproveAsync(id, EngineHarness.Bob);
        await harness.WorkAsync(); // PRG HA off comes before the first change
        await harness.ConfirmAsync(id, EngineHarness.Alice);
        var node = harness.Lab["imp-sub2"];
        node.Own[node.Own.FindIndex(c => c.Unit == "tomcat")] = Fakes.Certs.Identity("tomcat", "imp-sub2", "CA77", selfSigned: false);

        await harness.WorkAsync();

        var run = await harness.RunAsync(id);
        var second = await harness.OpenGateAsync(id);
        Assert.Equal(RunState.AwaitingApproval, run.State);
        Assert.NotEqual(first.PlanHash, second.PlanHash);
        Assert.Equal(run.Plan.Hash, second.PlanHash);
        Assert.Equal(GateState.Void, (await harness.Store.GetGateAsync(first.Id, default))!.State);
        Assert.Contains(await harness.JournalAsync(id), j => j.Kind == JournalKind.Drift && j.Message.Contains("tomcat is CA-signed on imp-sub2", StringComparison.Ordinal));
        Assert.Empty(Changes);
        Assert.Equal(AnswerKind.Refused, (await harness.ApproveAsync(id, EngineHarness.Bob, planHash: first.PlanHash)).Kind);

        var done = await harness.DriveAsync(id);
        Assert.Equal(RunState.Succeeded, done.State);
        Assert.DoesNotContain(Changes, c => c.StartsWith("imp-sub2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OutsideTheWindow_ServiceImpactingStepIsHeld_UntilAnApproverOverrides()
    {
        // 2026-11-21 is a Saturday; 10:00 UTC is 11:00 in Amsterdam, before the 22:00 window.
        var windowed = new EngineHarness(lab => lab.East = lab.East with
        {
            TimeZone = "Europe/Amsterdam",
            MaintenanceWindows = [new MaintenanceWindowOptions(DayOfWeek.Saturday, new TimeOnly(22, 0), TimeSpan.FromHours(6))],
        });
        var id = await windowed.RequestAsync(Tomcat);

        var held = await windowed.DriveAsync(id);

        Assert.Equal(RunState.Paused, held.State);
        Assert.Equal(PauseCause.OutsideWindow, held.Cause);
        Assert.Equal("Restart Cisco Tomcat on cucm-pub", held.CurrentStep!.Title);
        Assert.DoesNotContain(windowed.Lab.Port.Changes, c => c.Contains("utils service", StringComparison.Ordinal));
        Assert.Equal(AnswerKind.Refused, (await windowed.OverrideWindowAsync(id, EngineHarness.Alice)).Kind);

        Assert.True((await windowed.OverrideWindowAsync(id, EngineHarness.Bob)).Changed);
        Assert.Equal(RunState.Succeeded, (await windowed.DriveAsync(id)).State);
        Assert.Contains(await windowed.JournalAsync(id), j => j.Kind == JournalKind.WindowOverride && j.Principal == EngineHarness.Bob);
    }

    [Fact]
    public async Task OutsideTheWindow_RetryInsideTheWindowGoesOn()
    {
        var windowed = new EngineHarness(lab => lab.East = lab.East with
        {
            TimeZone = "Europe/Amsterdam",
            MaintenanceWindows = [new MaintenanceWindowOptions(DayOfWeek.Saturday, new TimeOnly(22, 0), TimeSpan.FromHours(6))],
        });
        var id = await windowed.RequestAsync(Tomcat);
        await windowed.DriveAsync(id);

        windowed.Time.Advance(TimeSpan.FromHours(12)); // 23:00 in Amsterdam
        await windowed.RetryAsync(id, EngineHarness.Alice);

        Assert.Equal(RunState.Succeeded, (await windowed.DriveAsync(id)).State);
    }

    [Fact]
    public async Task VerificationFailure_PausesTheRun()
    {
        var id = await harness.RequestAsync(Tomcat);
        var restarted = false;
        harness.Lab.Port.BeforeCommand = line =>
        {
            // Tomcat does not come back after its restart on imp-pub.
            restarted |= line == "imp-pub: utils service restart Cisco Tomcat";
            if (restarted && line == "imp-pub: utils service list")
            {
                harness.Lab["imp-pub"].WithService(Services.Tomcat, ServiceState.Stopped);
            }
        };

        var run = await harness.DriveAsync(id);

        Assert.Equal(RunState.Paused, run.State);
        Assert.Equal("Restart Cisco Tomcat on imp-pub", run.CurrentStep!.Title);
        Assert.Contains("'Cisco Tomcat' is STOPPED after `utils service restart Cisco Tomcat`, not STARTED", run.Attention, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachableNodeAtTheRecheck_PausesBeforeAnyChange()
    {
        var id = await harness.RequestAsync(Tomcat);
        await harness.ApproveAsync(id, EngineHarness.Bob);
        await harness.WorkAsync();
        await harness.ConfirmAsync(id, EngineHarness.Alice);
        harness.Lab.Port.Unreachable.Add("imp-sub2");

        await harness.WorkAsync();

        var run = await harness.RunAsync(id);
        Assert.Equal(RunState.Paused, run.State);
        Assert.Contains("could not be re-checked before the first change: imp-sub2 does not answer", run.Attention, StringComparison.Ordinal);
        Assert.Empty(Changes);
        harness.Lab.Port.Unreachable.Clear();
        await harness.RetryAsync(id, EngineHarness.Alice);
        Assert.Equal(RunState.Succeeded, (await harness.DriveAsync(id)).State);
    }
}
