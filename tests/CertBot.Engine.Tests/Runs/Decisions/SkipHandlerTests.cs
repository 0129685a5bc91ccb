using CertBot.Engine.Runs;

namespace CertBot.Engine.Tests.Runs.Decisions;

public sealed class SkipHandlerTests
{
    private readonly EngineHarness harness = new();

    [Fact]
    public async Task Skip_WhenPaused_ByAnApprover_MovesPastTheStep()
    {
        var id = await harness.PausedAsync();
        var step = (await harness.RunAsync(id)).NextStep;

        var answer = await harness.SkipAsync(id, EngineHarness.Bob);

        Assert.Equal(RunState.Running, answer.Run!.State);
        Assert.Equal(step + 1, answer.Run.NextStep);
        Assert.Equal(StepStatus.Skipped, answer.Run.Steps[step].Status);
    }

    [Fact]
    public async Task Skip_ByTheRequester_IsRefused()
    {
        var id = await harness.PausedAsync();
        var before = await harness.RunAsync(id);

        var answer = await harness.SkipAsync(id, EngineHarness.Alice);

        Assert.Equal(AnswerKind.Refused, answer.Kind);
        Assert.Contains("approver's decision", answer.Message, StringComparison.Ordinal);
        await harness.AssertUnchangedAsync(id, before);
    }

    [Fact]
    public async Task Skip_AtAGate_IsNotAllowed()
    {
        var id = await harness.AtApprovalAsync();

        Assert.Equal(AnswerKind.NotAllowed, (await harness.SkipAsync(id, EngineHarness.Bob)).Kind);
    }
}
