using CertBot.Engine.Configuration;
using CertBot.Engine.Runs;

namespace CertBot.Engine.Tests.Runs.Decisions;

public sealed class OverrideWindowHandlerTests
{
    [Fact]
    public async Task OverrideWindow_HeldByTheWindow_ByAnApprover_GoesOn()
    {
        // 2026-11-21 is a Saturday; 10:00 UTC is 11:00 in Amsterdam, before the 22:00 window.
        var windowed = new EngineHarness(lab => lab.East = lab.East with
        {
            TimeZone = "Europe/Amsterdam",
            MaintenanceWindows = [new MaintenanceWindowOptions(DayOfWeek.Saturday, new TimeOnly(22, 0), TimeSpan.FromHours(6))],
        });
        var id = await windowed.RequestAsync(Scenarios.Tomcat);
        Assert.Equal(PauseCause.OutsideWindow, (await windowed.DriveAsync(id)).Cause);

        var byRequester = await windowed.OverrideWindowAsync(id, EngineHarness.Alice);
        var byApprover = await windowed.OverrideWindowAsync(id, EngineHarness.Bob);

        Assert.Equal(AnswerKind.Refused, byRequester.Kind);
        Assert.Equal(RunState.Running, byApprover.Run!.State);
        Assert.True(byApprover.Run.WindowOverride);
    }

    [Fact]
    public async Task OverrideWindow_PausedByAFailedStep_IsRefused()
    {
        var harness = new EngineHarness();
        var id = await harness.PausedAsync();
        var before = await harness.RunAsync(id);

        var answer = await harness.OverrideWindowAsync(id, EngineHarness.Bob);

        Assert.Equal(AnswerKind.Refused, answer.Kind);
        Assert.Contains("not held by the maintenance window", answer.Message, StringComparison.Ordinal);
        await harness.AssertUnchangedAsync(id, before);
    }

    [Fact]
    public async Task OverrideWindow_AtAGate_IsNotAllowed()
    {
        var harness = new EngineHarness();
        var id = await harness.AtApprovalAsync();

        Assert.Equal(AnswerKind.NotAllowed, (await harness.OverrideWindowAsync(id, EngineHarness.Bob)).Kind);
    }
}
