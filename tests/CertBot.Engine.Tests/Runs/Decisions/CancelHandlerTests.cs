using CertBot.Engine.Runs;

namespace CertBot.Engine.Tests.Runs.Decisions;

public sealed class CancelHandlerTests
{
    private readonly EngineHarness harness = new();

    [Fact]
    public async Task Cancel_AtAConfirmationGate_CancelsAndVoidsTheOpenGate()
    {
        var id = await harness.AtConfirmationAsync();

        var answer = await harness.CancelAsync(id, EngineHarness.Alice);

        Assert.Equal(RunState.Cancelled, answer.Run!.State);
        Assert.DoesNotContain(await harness.Store.GatesOfAsync(id, default), g => g.IsOpen);
    }

    [Fact]
    public async Task Cancel_WhileRunning_IsHonouredAtTheBoundary_AskingTwiceChangesNothing()
    {
        var id = await harness.RunningAsync();

        var first = await harness.CancelAsync(id, EngineHarness.Alice);
        var second = await harness.CancelAsync(id, EngineHarness.Bob);

        Assert.Equal((AnswerKind.Done, RunState.Running), (first.Kind, first.Run!.State));
        Assert.True(first.Run.CancelRequested);
        Assert.Equal(AnswerKind.Unchanged, second.Kind);
        await harness.WorkAsync();
        Assert.Equal(RunState.Cancelled, (await harness.RunAsync(id)).State);
    }

    [Fact]
    public async Task Cancel_AfterTheRunEnded_IsNotAllowed()
    {
        var id = await harness.AtApprovalAsync();
        await harness.CancelAsync(id, EngineHarness.Alice);

        var again = await harness.CancelAsync(id, EngineHarness.Alice);

        Assert.Equal(AnswerKind.NotAllowed, again.Kind);
        Assert.Empty(again.Allowed);
    }

    [Fact]
    public async Task Cancel_ByAStranger_IsRefused()
    {
        var id = await harness.AtApprovalAsync();
        var before = await harness.RunAsync(id);

        Assert.Equal(AnswerKind.Refused, (await harness.CancelAsync(id, Scenarios.Stranger)).Kind);
        await harness.AssertUnchangedAsync(id, before);
    }
}
