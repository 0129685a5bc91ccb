using CertBot.Engine.Procedures;
using CertBot.Engine.Runs;

namespace CertBot.Engine.Tests.Runs;

public sealed class ApprovalTests
{
    private static readonly ProcedureRequest Tomcat = ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat);
    private readonly EngineHarness harness = new();

    [Fact]
    public async Task Request_WaitsAtTheFirstGate_BoundToThePlanHash()
    {
        var id = await harness.RequestAsync(Tomcat);

        var run = await harness.RunAsync(id);
        var gate = await harness.OpenGateAsync(id);
        Assert.Equal(RunState.AwaitingApproval, run.State);
        Assert.Equal(run.Plan.Hash, gate.PlanHash);
        Assert.Equal(0, gate.StepIndex);
        Assert.Equal(harness.Time.GetUtcNow().AddHours(4), gate.ExpiresAt);
        Assert.Empty(harness.Lab.Port.Changes);
    }

    [Fact]
    public async Task Approve_BySameUserAsRequester_IsRefused()
    {
        var id = await harness.RequestAsync(Tomcat);

        var answer = await harness.ApproveAsync(id, EngineHarness.Alice);

        Assert.Equal(AnswerKind.Refused, answer.Kind);
        Assert.Contains("never approves their own run", answer.Message, StringComparison.Ordinal);
        Assert.Equal(RunState.AwaitingApproval, (await harness.RunAsync(id)).State);
        Assert.True((await harness.OpenGateAsync(id)).IsOpen);
    }

    [Fact]
    public async Task Approve_ByNonApprover_IsRefused()
    {
        var id = await harness.RequestAsync(Tomcat);

        var answer = await harness.ApproveAsync(id, "slack:U999");

        Assert.Equal(AnswerKind.Refused, answer.Kind);
        Assert.Contains("slack:U999 is not an approver of lab-east", answer.Message, StringComparison.Ordinal);
        Assert.Equal(RunState.AwaitingApproval, (await harness.RunAsync(id)).State);
    }

    [Fact]
    public async Task Approve_WithStalePlanHash_IsRefused()
    {
        var id = await harness.RequestAsync(Tomcat);

        var answer = await harness.ApproveAsync(id, EngineHarness.Bob, planHash: new string('a', 64));

        Assert.Equal(AnswerKind.Refused, answer.Kind);
        Assert.Contains("review the current plan", answer.Message, StringComparison.Ordinal);
        Assert.Equal(RunState.AwaitingApproval, (await harness.RunAsync(id)).State);
    }

    [Fact]
    public async Task Approve_WithShortHashOfThePlanSeen_IsAccepted()
    {
        var id = await harness.RequestAsync(Tomcat);
        var run = await harness.RunAsync(id);

        var answer = await harness.ApproveAsync(id, "aad:0000-manager", planHash: run.Plan.ShortHash);

        Assert.Equal(AnswerKind.Done, answer.Kind);
        Assert.Equal(RunState.Running, answer.Run!.State);
    }

    [Fact]
    public async Task Approve_Twice_SecondChangesNothing()
    {
        var id = await harness.RequestAsync(Tomcat);
        var gate = await harness.OpenGateAsync(id);
        await harness.ApproveAsync(id, EngineHarness.Bob, gateId: gate.Id);

        var again = await harness.ApproveAsync(id, EngineHarness.Bob, gateId: gate.Id);
        var withoutGate = await harness.ApproveAsync(id, "slack:U123");

        Assert.Equal(AnswerKind.Unchanged, again.Kind);
        Assert.Contains("already approved by cli:bob", again.Message, StringComparison.Ordinal);
        Assert.Equal(AnswerKind.Unchanged, withoutGate.Kind);
        Assert.Single(await harness.JournalAsync(id), j => j.Kind == JournalKind.Approved);
        Assert.Equal(2, (await harness.JournalAsync(id)).Count(j => j.Kind == JournalKind.Refused && j.Message.Contains("changed nothing", StringComparison.Ordinal)));
        Assert.Equal(RunState.Running, (await harness.RunAsync(id)).State);
    }

    [Fact]
    public async Task Approve_ExpiredGate_IsRefused_AndTheRunnerCancelsTheRun()
    {
        var id = await harness.RequestAsync(Tomcat);
        harness.Time.Advance(TimeSpan.FromHours(4));

        var answer = await harness.ApproveAsync(id, EngineHarness.Bob);
        var stillOpen = await harness.OpenGateAsync(id);
        await harness.WorkAsync();

        Assert.Equal(AnswerKind.Refused, answer.Kind);
        Assert.Contains("expired", answer.Message, StringComparison.Ordinal);
        Assert.True(stillOpen.IsOpen);
        var run = await harness.RunAsync(id);
        Assert.Equal(RunState.Cancelled, run.State);
        Assert.Equal(GateState.Expired, (await harness.Store.GatesOfAsync(id, default)).Single().State);
        Assert.Null(await harness.Store.LockHolderAsync("lab-east", default));
        Assert.Empty(harness.Lab.Port.Changes);
    }

    [Fact]
    public async Task Approve_CliWhenSwitchedOff_IsRefused_OtherPrincipalsStillApprove()
    {
        var off = new EngineHarness(lab => lab.AllowCliApprovals = false);
        var id = await off.RequestAsync(Tomcat);

        var cli = await off.ApproveAsync(id, EngineHarness.Bob);
        var teams = await off.ApproveAsync(id, "aad:0000-manager");

        Assert.Equal(AnswerKind.Refused, cli.Kind);
        Assert.Contains("cli approvals are switched off", cli.Message, StringComparison.Ordinal);
        Assert.Equal(AnswerKind.Done, teams.Kind);
    }

    [Fact]
    public async Task Approve_ByCli_IsMarkedInTheJournal()
    {
        var id = await harness.RequestAsync(Tomcat);

        await harness.ApproveAsync(id, EngineHarness.Bob, comment: "change 4711");

        var approved = (await harness.JournalAsync(id)).Single(j => j.Kind == JournalKind.Approved);
        Assert.Equal("cli:bob", approved.Principal);
        Assert.Contains("(via the command line)", approved.Message, StringComparison.Ordinal);
        Assert.Contains("change 4711", approved.Message, StringComparison.Ordinal);
        Assert.Equal(harness.Time.GetUtcNow(), approved.At);
    }

    [Fact]
    public async Task Reject_ByApprover_CancelsAndFreesTheCluster()
    {
        var id = await harness.RequestAsync(Tomcat);

        var byRequester = await harness.RejectAsync(id, EngineHarness.Alice);
        var answer = await harness.RejectAsync(id, EngineHarness.Bob, "not this week");

        Assert.Equal(AnswerKind.Refused, byRequester.Kind);
        Assert.Equal(RunState.Cancelled, answer.Run!.State);
        Assert.Equal(GateState.Rejected, (await harness.Store.GatesOfAsync(id, default)).Single().State);
        await harness.RequestAsync(Tomcat);
    }

    [Fact]
    public async Task Request_OnABusyCluster_IsRefused()
    {
        var first = await harness.RequestAsync(Tomcat);

        var second = await harness.Runs.RequestAsync(ProcedureRequest.PurgeTrust("lab-east"), EngineHarness.Alice, default);

        Assert.Equal(AnswerKind.Refused, second.Kind);
        Assert.Contains($"cluster busy: run {first} holds it", second.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_BlockedOrReportOnlyOrByNobody_IsRefused()
    {
        var blocked = await harness.Runs.RequestAsync(ProcedureRequest.Regenerate("lab-east", UnitCatalog.CallManager), EngineHarness.Alice, default);
        var report = await harness.Runs.RequestAsync(ProcedureRequest.VerifyIpsec("lab-east"), EngineHarness.Alice, default);
        var nobody = await harness.Runs.RequestAsync(Tomcat, "alice", default);

        Assert.Contains("the plan is blocked", blocked.Message, StringComparison.Ordinal);
        Assert.Contains("changes nothing", report.Message, StringComparison.Ordinal);
        Assert.Contains("is not a principal", nobody.Message, StringComparison.Ordinal);
        Assert.All([blocked, report, nobody], a => Assert.Equal(AnswerKind.Refused, a.Kind));
    }

    [Fact]
    public async Task RequestNotAllowedNow_IsAnsweredWithWhatIsAllowed()
    {
        var id = await harness.RequestAsync(Tomcat);

        var answer = await harness.RetryAsync(id, EngineHarness.Alice);

        Assert.Equal(AnswerKind.NotAllowed, answer.Kind);
        Assert.Equal("retry is not allowed while run " + id + " is AwaitingApproval; allowed: approve, reject, confirm, cancel, provide", answer.Message);
        Assert.Equal([RunAction.Approve, RunAction.Reject, RunAction.Confirm, RunAction.Cancel, RunAction.Provide], answer.Allowed);
    }

    [Fact]
    public async Task Confirm_OnAnApprovalGate_IsRefused_ApproveOnAConfirmation_IsRefused()
    {
        var id = await harness.RequestAsync(Tomcat);
        var confirm = await harness.ConfirmAsync(id, EngineHarness.Alice);
        await harness.ApproveAsync(id, EngineHarness.Bob);
        await harness.WorkAsync();

        var approve = await harness.ApproveAsync(id, EngineHarness.Bob);

        Assert.Equal(AnswerKind.Refused, confirm.Kind);
        Assert.Equal(AnswerKind.Refused, approve.Kind);
        Assert.Contains("confirm", approve.Message, StringComparison.Ordinal);
        Assert.Equal(GateKind.Confirmation, (await harness.OpenGateAsync(id)).Kind);
    }

    [Fact]
    public async Task Confirm_ByStranger_IsRefused()
    {
        var id = await harness.RequestAsync(Tomcat);
        await harness.ApproveAsync(id, EngineHarness.Bob);
        await harness.WorkAsync();

        var answer = await harness.ConfirmAsync(id, "slack:U999");

        Assert.Equal(AnswerKind.Refused, answer.Kind);
        Assert.Contains("neither the requester nor an approver", answer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exchange_NeedsAnApproverOfBothClusters()
    {
        var id = await harness.RequestAsync(ProcedureRequest.Exchange("lab-west", "lab-east"));

        var carol = await harness.ApproveAsync(id, "cli:carol");
        var bob = await harness.ApproveAsync(id, EngineHarness.Bob);

        Assert.Contains("cli:carol is not an approver of lab-east", carol.Message, StringComparison.Ordinal);
        Assert.Equal(AnswerKind.Done, bob.Kind);
        Assert.Equal(id, await harness.Store.LockHolderAsync("lab-west", default));
        Assert.Equal(id, await harness.Store.LockHolderAsync("lab-east", default));
    }

    [Fact]
    public async Task ConfirmationGate_DoesNotExpire_TheOperatorMayTakeDays()
    {
        var id = await harness.RequestAsync(Tomcat);
        await harness.ApproveAsync(id, EngineHarness.Bob);
        await harness.WorkAsync();
        harness.Time.Advance(TimeSpan.FromDays(3));

        await harness.WorkAsync();
        var answer = await harness.ConfirmAsync(id, EngineHarness.Alice);

        Assert.Equal(AnswerKind.Done, answer.Kind);
        Assert.Equal(RunState.Running, answer.Run!.State);
    }

    [Fact]
    public async Task Approve_AadIdInAnyCase_IsTheSameApprover()
    {
        var id = await harness.RequestAsync(Tomcat);

        var answer = await harness.ApproveAsync(id, "AAD:0000-MANAGER");

        Assert.Equal(AnswerKind.Done, answer.Kind);
    }

    [Fact]
    public async Task Show_AtEachGate_OffersTheDecisionThatGateTakes()
    {
        var id = await harness.RequestAsync(Tomcat);
        var atApproval = await harness.Runs.ShowAsync(id, default);
        await harness.ApproveAsync(id, EngineHarness.Bob);
        await harness.WorkAsync();
        var atConfirmation = await harness.Runs.ShowAsync(id, default);

        Assert.Equal([RunAction.Approve, RunAction.Reject, RunAction.Cancel], atApproval!.Allowed);
        Assert.Equal([RunAction.Confirm, RunAction.Cancel], atConfirmation!.Allowed);
        Assert.Equal(2, atConfirmation.Gates.Count);
    }
}
