using CertBot.Chat.Tests.Support;
using CertBot.Chat.Views;
using CertBot.Engine.Runs;

namespace CertBot.Chat.Tests.Handling;

/// <summary>A step that fails on the lab: the thread gets a failure card with Retry / Skip / Abort, and a decision settles it.</summary>
[Collection(SharedChatLab.Name)]
public sealed class FailureFlowTests(ChatLab lab) : IAsyncLifetime
{
    private ChatHarness harness = null!;

    public async Task InitializeAsync()
    {
        harness = ChatHarness.Start(lab);
        await harness.InitializeAsync();
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task FailedRegeneration_PostsAFailureCard_RetryRefusedToOutsiders_AbortEndsTheRunFailed()
    {
        await lab.FaultAsync("lab-west", "cucm-sub1", "fail", "set cert regen");
        try
        {
            var runId = await harness.RequestAsync("regenerate tomcat on lab-west");
            await harness.Delivery.DeliverOnceAsync(default);
            var gate = Assert.Single(harness.Thread.Posted<GateView>());
            await harness.ClickAsync(gate.Actions.Single(a => a.Verb == ChatVerbs.Approve), harness.Thread.IdOf(gate), ChatHarness.Approver, "Alan");

            await harness.Engine.Runner.RunUntilIdleAsync(default);
            await harness.Delivery.DeliverOnceAsync(default);

            var failure = Assert.Single(harness.Thread.Posted<FailureView>());
            Assert.Equal(DecisionCause.StepFailed, failure.Cause);
            Assert.Equal("lab-west/cucm-sub1", failure.Node);
            Assert.Equal(["Retry", "Skip", "Abort"], failure.Actions.Select(a => a.Title));
            var (_, progress) = harness.Thread.Updates<ProgressView>().Last();
            Assert.Equal(RunDisplayState.Decision, progress.State);
            Assert.Contains(progress.Steps, s => s.Mark == "✗" && s.Node == "cucm-sub1");

            var retry = failure.Actions.Single(a => a.Verb == ChatVerbs.Retry);
            var refused = await harness.ClickAsync(retry, harness.Thread.IdOf(failure), ChatHarness.Outsider, "Olga");
            Assert.NotEmpty(Assert.IsType<FailureView>(refused.Replacement).Actions);
            Assert.Contains("neither the requester nor an approver", harness.Thread.Posted<TextView>().Last().Text, StringComparison.Ordinal);

            var aborted = await harness.ClickAsync(failure.Actions.Single(a => a.Verb == ChatVerbs.Abort), harness.Thread.IdOf(failure), ChatHarness.Requester, "Rita");
            var settled = Assert.IsType<FailureView>(aborted.Replacement);
            Assert.Empty(settled.Actions);
            Assert.StartsWith("aborted by Rita", settled.Resolution, StringComparison.Ordinal);

            await harness.Delivery.DeliverOnceAsync(default);
            Assert.Equal(RunDisplayState.Failed, Assert.Single(harness.Thread.Posted<SummaryView>()).State);
            Assert.Equal(RunState.Failed, (await harness.Engine.Runs.ShowAsync(runId, default))!.Run.State);
        }
        finally
        {
            await lab.FaultAsync("lab-west", "cucm-sub1", "clear");
        }
    }
}
