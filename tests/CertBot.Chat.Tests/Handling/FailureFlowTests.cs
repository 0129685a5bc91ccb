using CertBot.Chat.Tests.Support;
using CertBot.Chat.Views;
using CertBot.Engine.Runs;

namespace CertBot.Chat.Tests.Handling;

/// <summary>A step that fails on the lab: the thread gets a failure card with Retry / Skip / Abort, and a decision settles it.</summary>
[Collection(SharedChatLab.Name)]
public sealed class FailureFlowTests(ChatLab lab) : ChatLabTests(lab)
{
    [Fact]
    public async Task FailedRegeneration_PostsAFailureCard_RetryRefusedToOutsiders_AbortEndsTheRunFailed()
    {
        await using (await Lab.InjectFaultAsync("lab-west", "cucm-sub1", "fail", "set cert regen"))
        {
            var runId = await Harness.RequestAsync("regenerate tomcat on lab-west");
            await Harness.Delivery.DeliverOnceAsync(default);
            var gate = Assert.Single(Harness.Thread.Posted<GateView>());
            await Harness.ClickAsync(gate.Actions.Single(a => a.Verb == ChatVerbs.Approve), Harness.Thread.IdOf(gate), ChatHarness.Approver, "Alan");

            await Harness.Engine.Runner.RunUntilIdleAsync(default);
            await Harness.Delivery.DeliverOnceAsync(default);

            var failure = Assert.Single(Harness.Thread.Posted<FailureView>());
            Assert.Equal(DecisionCause.StepFailed, failure.Cause);
            Assert.Equal("lab-west/cucm-sub1", failure.Node);
            Assert.Equal(["Retry", "Skip", "Abort"], failure.Actions.Select(a => a.Title));
            var (_, progress) = Harness.Thread.Updates<ProgressView>().Last();
            Assert.Equal(RunDisplayState.Decision, progress.State);
            Assert.Contains(progress.Steps, s => s.Mark == "✗" && s.Node == "cucm-sub1");

            var retry = failure.Actions.Single(a => a.Verb == ChatVerbs.Retry);
            var refused = await Harness.ClickAsync(retry, Harness.Thread.IdOf(failure), ChatHarness.Outsider, "Olga");
            Assert.NotEmpty(Assert.IsType<FailureView>(refused.Replacement).Actions);
            Assert.Contains("neither the requester nor an approver", Harness.Thread.Posted<TextView>().Last().Text, StringComparison.Ordinal);

            var aborted = await Harness.ClickAsync(failure.Actions.Single(a => a.Verb == ChatVerbs.Abort), Harness.Thread.IdOf(failure), ChatHarness.Requester, "Rita");
            var settled = Assert.IsType<FailureView>(aborted.Replacement);
            Assert.Empty(settled.Actions);
            Assert.StartsWith("aborted by Rita", settled.Resolution, StringComparison.Ordinal);

            await Harness.Delivery.DeliverOnceAsync(default);
            Assert.Equal(RunDisplayState.Failed, Assert.Single(Harness.Thread.Posted<SummaryView>()).State);
            Assert.Equal(RunState.Failed, (await Harness.Engine.Runs.ShowAsync(runId, default))!.Run.State);
        }
    }
}
