using CertBot.Engine.Procedures;
using CertBot.Engine.Runs;

namespace CertBot.Engine.Tests.Runs;

/// <summary>What an ended run left half-done: exactly the stops never undone and PRG HA left off; nothing for a complete run.</summary>
public sealed class LeftoversTests
{
    [Fact]
    public async Task CompleteRun_LeavesNothing()
    {
        var harness = new EngineHarness();
        var id = await harness.RequestAsync(ProcedureRequest.PurgeTrust("lab-east"));

        var run = await harness.DriveAsync(id);

        Assert.Equal(RunState.Succeeded, run.State);
        Assert.Null(Leftovers.Of(run));
    }

    [Fact]
    public async Task RejectedAtTheDeletions_LeavesEveryStopAndTheHaReminder_RestorePlanStartsThemInThatOrder()
    {
        var harness = new EngineHarness();
        var id = await harness.RequestAsync(ProcedureRequest.PurgeTrust("lab-east"));
        for (var guard = 0; guard < 50 && (await harness.RunAsync(id)).State == RunState.AwaitingApproval; guard++)
        {
            var gate = await harness.OpenGateAsync(id);
            var answer = gate.Title.StartsWith("Approve the deletions", StringComparison.Ordinal) ? await harness.RejectAsync(id, EngineHarness.Bob)
                : gate.Kind == GateKind.Approval ? await harness.ApproveAsync(id, EngineHarness.Bob, gate.PlanHash)
                : await harness.ConfirmAsync(id, EngineHarness.Alice);
            Assert.True(answer.Changed, answer.Message);
            await harness.WorkAsync();
        }

        var ended = await harness.RunAsync(id);
        var leftovers = Leftovers.Of(ended)!;

        Assert.Equal(RunState.Cancelled, ended.State);
        Assert.Equal(ended.Plan.Steps.Where(s => s.Title.StartsWith("Stop ", StringComparison.Ordinal)).Select(s => $"{s.Node!.Name}/{s.Service}"), leftovers.Stopped);
        Assert.True(leftovers.PresenceRedundancyOff);
        var plan = await harness.Runs.PlanAsync(ProcedureRequest.Restore("lab-east", leftovers), CancellationToken.None);
        Assert.Equal(leftovers.Stopped.Select(s => $"Start {s.Split('/')[1]} on {s.Split('/')[0]}"),
            plan.Steps.Where(s => s.Kind == Engine.Planning.StepKind.ControlService).Select(s => s.Title));
        Assert.Equal("Switch PRG high availability back on", plan.Steps[^1].Title);
    }
}
