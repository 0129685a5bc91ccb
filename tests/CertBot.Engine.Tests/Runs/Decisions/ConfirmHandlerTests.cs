using CertBot.Engine.Runs;

namespace CertBot.Engine.Tests.Runs.Decisions;

public sealed class ConfirmHandlerTests
{
    private readonly EngineHarness harness = new();

    [Fact]
    public async Task Confirm_ByTheRequester_AtAConfirmationGate_GoesOn()
    {
        var id = await harness.AtConfirmationAsync();

        var answer = await harness.ConfirmAsync(id, EngineHarness.Alice, "HA is off");

        Assert.Equal(RunState.Running, answer.Run!.State);
        Assert.Contains(await harness.JournalAsync(id), j => j.Kind == JournalKind.Confirmed && j.Message.Contains("HA is off", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Confirm_AtTheApprovalGate_IsRefused()
    {
        var id = await harness.AtApprovalAsync();
        var before = await harness.RunAsync(id);

        var answer = await harness.ConfirmAsync(id, EngineHarness.Alice);

        Assert.Equal(AnswerKind.Refused, answer.Kind);
        await harness.AssertUnchangedAsync(id, before);
    }

    [Fact]
    public async Task Confirm_ByAStranger_IsRefused()
    {
        var id = await harness.AtConfirmationAsync();

        Assert.Equal(AnswerKind.Refused, (await harness.ConfirmAsync(id, Scenarios.Stranger)).Kind);
    }
}
