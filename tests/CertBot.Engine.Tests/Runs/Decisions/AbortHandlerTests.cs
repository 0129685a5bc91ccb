using CertBot.Engine.Runs;

namespace CertBot.Engine.Tests.Runs.Decisions;

public sealed class AbortHandlerTests
{
    private readonly EngineHarness harness = new();

    [Fact]
    public async Task Abort_WhenPaused_FailsTheRunAndFreesTheCluster()
    {
        var id = await harness.PausedAsync();

        var answer = await harness.AbortAsync(id, EngineHarness.Alice);

        Assert.Equal(RunState.Failed, answer.Run!.State);
        Assert.Null(await harness.Store.LockHolderAsync("lab-east", default));
    }

    [Fact]
    public async Task Abort_AtAGate_IsNotAllowed_CancelIs()
    {
        var id = await harness.AtApprovalAsync();

        var answer = await harness.AbortAsync(id, EngineHarness.Alice);

        Assert.Equal(AnswerKind.NotAllowed, answer.Kind);
        Assert.Contains(RunAction.Cancel, answer.Allowed);
    }

    [Fact]
    public async Task Abort_ByAStranger_IsRefused()
    {
        var id = await harness.PausedAsync();
        var before = await harness.RunAsync(id);

        Assert.Equal(AnswerKind.Refused, (await harness.AbortAsync(id, Scenarios.Stranger)).Kind);
        await harness.AssertUnchangedAsync(id, before);
    }
}
