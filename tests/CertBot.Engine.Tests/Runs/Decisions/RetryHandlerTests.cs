using CertBot.Engine.Runs;

namespace CertBot.Engine.Tests.Runs.Decisions;

public sealed class RetryHandlerTests
{
    private readonly EngineHarness harness = new();

    [Fact]
    public async Task Retry_WhenPaused_ByTheRequester_RunsTheStepAgain()
    {
        var id = await harness.PausedAsync();

        var answer = await harness.RetryAsync(id, EngineHarness.Alice);

        Assert.Equal(RunState.Running, answer.Run!.State);
        Assert.Equal(StepStatus.Pending, answer.Run.Steps[answer.Run.NextStep].Status);
    }

    [Fact]
    public async Task Retry_AtAGate_IsNotAllowed()
    {
        var id = await harness.AtApprovalAsync();

        Assert.Equal(AnswerKind.NotAllowed, (await harness.RetryAsync(id, EngineHarness.Alice)).Kind);
    }

    [Fact]
    public async Task Retry_ByAStranger_IsRefused()
    {
        var id = await harness.PausedAsync();
        var before = await harness.RunAsync(id);

        Assert.Equal(AnswerKind.Refused, (await harness.RetryAsync(id, Scenarios.Stranger)).Kind);
        await harness.AssertUnchangedAsync(id, before);
    }
}
