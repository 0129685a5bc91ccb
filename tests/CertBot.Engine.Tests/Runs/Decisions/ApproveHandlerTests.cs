using CertBot.Engine.Runs;

namespace CertBot.Engine.Tests.Runs.Decisions;

public sealed class ApproveHandlerTests
{
    private readonly EngineHarness harness = new();

    [Fact]
    public async Task Approve_AtTheApprovalGate_ByAnApprover_LetsTheRunGoOn()
    {
        var id = await harness.AtApprovalAsync();

        var answer = await harness.ApproveAsync(id, EngineHarness.Bob);

        Assert.Equal(AnswerKind.Done, answer.Kind);
        Assert.Equal(RunState.Running, answer.Run!.State);
        var gate = (await harness.Store.GatesOfAsync(id, default)).Single();
        Assert.Equal((GateState.Approved, EngineHarness.Bob), (gate.State, gate.DecidedBy));
    }

    [Fact]
    public async Task Approve_ByTheRequester_IsRefused_AndNothingChanges()
    {
        var id = await harness.AtApprovalAsync();
        var before = await harness.RunAsync(id);

        var answer = await harness.ApproveAsync(id, EngineHarness.Alice);

        Assert.Equal(AnswerKind.Refused, answer.Kind);
        await harness.AssertUnchangedAsync(id, before);
    }

    [Fact]
    public async Task Approve_AtAConfirmationGate_IsRefused_TheTableSaysConfirm()
    {
        var id = await harness.AtConfirmationAsync();
        var before = await harness.RunAsync(id);

        var answer = await harness.ApproveAsync(id, EngineHarness.Bob);

        Assert.Equal(AnswerKind.Refused, answer.Kind);
        Assert.Contains("confirm", answer.Message, StringComparison.Ordinal);
        await harness.AssertUnchangedAsync(id, before);
    }
}
