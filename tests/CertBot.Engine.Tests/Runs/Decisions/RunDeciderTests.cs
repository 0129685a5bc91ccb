using CertBot.Engine.Runs;
using CertBot.Engine.Runs.Decisions;

namespace CertBot.Engine.Tests.Runs.Decisions;

public sealed class RunDeciderTests
{
    private readonly EngineHarness harness = new();

    [Fact]
    public async Task RunnersMove_IsNoDecision_AndIsRefused()
    {
        var id = await harness.AtApprovalAsync();
        var before = await harness.RunAsync(id);

        var answer = await harness.Decisions.DecideAsync(new Decision(RunAction.Complete, id, EngineHarness.Bob), default);

        Assert.Equal(AnswerKind.Refused, answer.Kind);
        Assert.Equal(before.Version, (await harness.RunAsync(id)).Version); // no front sends it: refused before the run is read
    }

    [Fact]
    public async Task Decision_ByTextThatIsNoPrincipal_IsRefused()
    {
        var id = await harness.AtApprovalAsync();

        var answer = await harness.ApproveAsync(id, "bob");

        Assert.Equal(AnswerKind.Refused, answer.Kind);
        Assert.Contains("is not a principal", answer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decision_OnAnUnknownRun_IsNotFound()
    {
        Assert.Equal(AnswerKind.NotFound, (await harness.CancelAsync(Guid.NewGuid(), EngineHarness.Alice)).Kind);
    }

    [Fact]
    public async Task CommittedDecision_WakesTheRunner_ARefusalDoesNot()
    {
        var id = await harness.AtApprovalAsync();
        var armed = harness.Engine.Signals.Work.Next;

        Assert.Equal(AnswerKind.Refused, (await harness.ApproveAsync(id, EngineHarness.Alice)).Kind);
        Assert.False(armed.IsCompleted);

        Assert.True((await harness.ApproveAsync(id, EngineHarness.Bob)).Changed);
        Assert.True(armed.IsCompleted);
    }
}
