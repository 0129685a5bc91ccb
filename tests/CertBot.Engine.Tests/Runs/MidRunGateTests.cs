using CertBot.Engine.Procedures;
using CertBot.Engine.Runs;

namespace CertBot.Engine.Tests.Runs;

/// <summary>An approval gate after the first change never cancels the run: it reminds the approvers and keeps waiting.</summary>
public sealed class MidRunGateTests
{
    private static readonly ProcedureRequest Tomcat = ProcedureRequest.Regenerate("lab-east", UnitCatalog.Tomcat);
    private readonly EngineHarness harness = new();

    [Fact]
    public async Task ApprovalGateAfterTheFirstChange_NeverExpires_RemindsTheApproversEveryPeriod_AndStillTakesTheApproval()
    {
        var id = await AtTheRestartsGateAsync();
        var gate = await harness.OpenGateAsync(id);
        Assert.Equal(DateTimeOffset.MaxValue, gate.ExpiresAt);

        harness.Time.Advance(TimeSpan.FromHours(5));
        await harness.WorkAsync();
        harness.Time.Advance(TimeSpan.FromHours(1));
        await harness.WorkAsync(); // not due again yet
        harness.Time.Advance(TimeSpan.FromHours(4));
        await harness.WorkAsync();

        var run = await harness.RunAsync(id);
        Assert.Equal(RunState.AwaitingApproval, run.State);
        Assert.Equal(GateState.Open, (await harness.Store.GetGateAsync(gate.Id, default))!.State);
        var reminders = (await harness.JournalAsync(id)).Where(j => j.Kind == JournalKind.Reminded).ToList();
        Assert.Equal(2, reminders.Count);
        Assert.Contains("cli:bob", reminders[0].Message, StringComparison.Ordinal);
        Assert.Contains("does not expire", reminders[0].Message, StringComparison.Ordinal);
        Assert.Equal(2, (await harness.Store.PendingEventsAsync(1000, default)).Count(e => e.Kind == ProgressKind.Reminder));
        Assert.Null(await harness.Store.LockHolderAsync("lab-west", default));
        Assert.Equal(id, await harness.Store.LockHolderAsync("lab-east", default));

        Assert.True((await harness.ApproveAsync(id, EngineHarness.Bob, gate.PlanHash)).Changed);
        Assert.Equal(RunState.Succeeded, (await harness.DriveAsync(id)).State);
    }

    [Fact]
    public async Task ApprovalGateBeforeAnyChange_StillExpires_AndCancels()
    {
        var id = await harness.RequestAsync(Tomcat);

        harness.Time.Advance(TimeSpan.FromHours(5));
        await harness.WorkAsync();

        Assert.Equal(RunState.Cancelled, (await harness.RunAsync(id)).State);
        Assert.DoesNotContain(await harness.JournalAsync(id), j => j.Kind == JournalKind.Reminded);
    }

    [Fact]
    public async Task ApprovalGateAfterTheFirstChange_OnlyAPersonEndsIt()
    {
        var id = await AtTheRestartsGateAsync();
        harness.Time.Advance(TimeSpan.FromDays(2));
        await harness.WorkAsync();
        Assert.Equal(RunState.AwaitingApproval, (await harness.RunAsync(id)).State);

        Assert.True((await harness.CancelAsync(id, EngineHarness.Alice)).Changed);
        Assert.Equal(RunState.Cancelled, (await harness.RunAsync(id)).State);
    }

    [Fact]
    public async Task ApprovalGateAfterTheFirstChange_OpenedWithAnOldDeadline_IsStillApprovable_AndNotCancelled()
    {
        // A gate opened before mid-run gates stopped expiring still carries a deadline: neither the runner nor
        // the approval policy treats it as expired, once the run changed the cluster.
        var id = await AtTheRestartsGateAsync();
        var gate = await harness.OpenGateAsync(id);
        var run = await harness.RunAsync(id);
        await harness.Store.CommitAsync(new RunChange(run, harness.Time.GetUtcNow()).Gate(gate with { ExpiresAt = harness.Time.GetUtcNow().AddHours(4) }).ToUpdate(), default);
        harness.Time.Advance(TimeSpan.FromHours(6));
        await harness.WorkAsync();

        var answer = await harness.ApproveAsync(id, EngineHarness.Bob, gate.PlanHash);

        Assert.True(answer.Changed, answer.Message);
        Assert.Equal(RunState.Succeeded, (await harness.DriveAsync(id)).State);
    }

    /// <summary>Approved, PRG HA off confirmed, every regeneration done: waits at "approve the restarts".</summary>
    private async Task<Guid> AtTheRestartsGateAsync()
    {
        var id = await harness.RequestAsync(Tomcat);
        Assert.True((await harness.ApproveAsync(id, EngineHarness.Bob)).Changed);
        await harness.WorkAsync();
        Assert.True((await harness.ConfirmAsync(id, EngineHarness.Alice)).Changed);
        await harness.WorkAsync();
        var run = await harness.RunAsync(id);
        Assert.Equal(RunState.AwaitingApproval, run.State);
        Assert.Equal(GateKind.Approval, (await harness.OpenGateAsync(id)).Kind);
        Assert.True(run.HasChanged);
        return id;
    }
}
