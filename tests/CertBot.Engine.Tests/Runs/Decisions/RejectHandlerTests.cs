using CertBot.Engine.Runs;

namespace CertBot.Engine.Tests.Runs.Decisions;

public sealed class RejectHandlerTests
{
    private readonly EngineHarness harness = new();

    [Fact]
    public async Task Reject_ByAnApprover_CancelsTheRun()
    {
        var id = await harness.AtApprovalAsync();

        var answer = await harness.RejectAsync(id, EngineHarness.Bob, "not now");

        Assert.Equal(RunState.Cancelled, answer.Run!.State);
        Assert.Equal(GateState.Rejected, (await harness.Store.GatesOfAsync(id, default)).Single().State);
    }

    [Fact]
    public async Task Reject_AtAConfirmationGate_IsRefused_CancelIsTheWayOut()
    {
        var id = await harness.AtConfirmationAsync();
        var before = await harness.RunAsync(id);

        var answer = await harness.RejectAsync(id, EngineHarness.Bob);

        Assert.Equal(AnswerKind.Refused, answer.Kind);
        Assert.Contains("cancel", answer.Message, StringComparison.Ordinal);
        await harness.AssertUnchangedAsync(id, before);
        Assert.DoesNotContain(RunAction.Reject, (await harness.Engine.Runs.ShowAsync(id, default))!.Allowed);
    }

    [Fact]
    public async Task Reject_AfterTheGateWasApproved_IsRefused_SayingWhoDecided()
    {
        var id = await harness.PausedAsync();
        var before = await harness.RunAsync(id);

        var answer = await harness.RejectAsync(id, EngineHarness.Bob);

        Assert.Equal(AnswerKind.Refused, answer.Kind);
        Assert.Contains("is already approved by", answer.Message, StringComparison.Ordinal);
        Assert.Contains(RunAction.Abort, answer.Allowed);
        await harness.AssertUnchangedAsync(id, before);
    }
}
