using CertBot.Chat.Tests.Support;
using CertBot.Chat.Views;
using CertBot.Engine.Runs;
using CertBot.Engine.Runs.Decisions;

namespace CertBot.Chat.Tests.Delivery;

/// <summary>The outbox into the thread: coalesced progress, gate cards settled by decisions and expiry, a clean stop.</summary>
[Collection(SharedChatLab.Name)]
public sealed class ChatDeliveryServiceTests(ChatLab lab)
{
    [Fact]
    public async Task Progress_IsCoalesced_EventsWaitInTheOutboxUntilTheIntervalPassed()
    {
        await using var harness = ChatHarness.Start(lab, progressInterval: TimeSpan.FromHours(1));
        await harness.InitializeAsync();
        var runId = await harness.RequestAsync("regenerate tomcat on lab-west");
        await harness.Delivery.DeliverOnceAsync(default);
        var gate = Assert.Single(harness.Thread.Posted<GateView>());

        await harness.ClickAsync(gate.Actions.Single(a => a.Verb == ChatVerbs.Approve), harness.Thread.IdOf(gate), ChatHarness.Approver, "Alan");
        await harness.Delivery.DeliverOnceAsync(default);

        Assert.Single(harness.Thread.Posted<ProgressView>());
        Assert.Empty(harness.Thread.Updates<ProgressView>());
        Assert.Contains(await harness.Engine.Store.PendingEventsAsync(100, default), e => e.RunId == runId && e.Kind == ProgressKind.StateChanged);
    }

    [Fact]
    public async Task TwoInstancesDelivering_OneStore_PostEachCardOnce()
    {
        await using var harness = ChatHarness.Start(lab);
        await harness.InitializeAsync();
        await harness.RequestAsync("regenerate tomcat on lab-west");
        var other = Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance<CertBot.Chat.Delivery.ChatDeliveryService>(harness.Services);
        harness.Thread.PostLatency = TimeSpan.FromMilliseconds(300);

        await Task.WhenAll(harness.Delivery.DeliverOnceAsync(default), other.DeliverOnceAsync(default));
        await Task.WhenAll(harness.Delivery.DeliverOnceAsync(default), other.DeliverOnceAsync(default));

        Assert.Single(harness.Thread.Posted<GateView>());
        Assert.Single(harness.Thread.Posted<ProgressView>());
    }

    [Fact]
    public async Task FinalState_UpdatesTheProgressCard_EvenWithinTheCoalescingInterval()
    {
        await using var harness = ChatHarness.Start(lab, progressInterval: TimeSpan.FromHours(1));
        await harness.InitializeAsync();
        var runId = await harness.RequestAsync("regenerate tomcat on lab-west");
        await harness.Delivery.DeliverOnceAsync(default);
        Assert.Single(harness.Thread.Posted<ProgressView>());

        await harness.Engine.Decisions.DecideAsync(new Decision(RunAction.Cancel, runId, ChatHarness.Requester), default);
        await harness.Delivery.DeliverOnceAsync(default);

        // No later event would ever refresh it: the last word on the card must be the final state.
        var (_, last) = harness.Thread.Updates<ProgressView>().Last();
        Assert.Equal(RunDisplayState.Cancelled, last.State);
        Assert.Equal(RunDisplayState.Cancelled, Assert.Single(harness.Thread.Posted<SummaryView>()).State);
        Assert.DoesNotContain(await harness.Engine.Store.PendingEventsAsync(100, default), e => e.RunId == runId);
    }

    [Fact]
    public async Task ExpiredGate_CardSaysSo_ApprovalIsRefused_AndTheRunEndsCancelled()
    {
        await using var harness = ChatHarness.Start(lab, gateExpiry: TimeSpan.FromMilliseconds(1));
        await harness.InitializeAsync();
        var runId = await harness.RequestAsync("regenerate tomcat on lab-west");
        await harness.Delivery.DeliverOnceAsync(default);
        var gate = Assert.Single(harness.Thread.Posted<GateView>());
        await Task.Delay(20);

        var reply = await harness.ClickAsync(gate.Actions.Single(a => a.Verb == ChatVerbs.Approve), harness.Thread.IdOf(gate), ChatHarness.Approver, "Alan");
        Assert.Contains("expired", harness.Thread.Posted<TextView>().Last().Text, StringComparison.Ordinal);
        Assert.IsType<GateView>(reply.Replacement);
        await harness.Engine.Runner.ExpireGatesAsync(default);
        await harness.Delivery.DeliverOnceAsync(default);

        var (id, expired) = Assert.Single(harness.Thread.Updates<GateView>());
        Assert.Equal(harness.Thread.IdOf(gate), id);
        Assert.Empty(expired.Actions);
        Assert.StartsWith("expired at ", expired.Outcome, StringComparison.Ordinal);
        Assert.Equal(RunDisplayState.Cancelled, Assert.Single(harness.Thread.Posted<SummaryView>()).State);
        Assert.Equal(RunState.Cancelled, (await harness.Engine.Runs.ShowAsync(runId, default))!.Run.State);
    }

    [Fact]
    public async Task GateAfterTheFirstChange_NeverExpires_TheThreadRemindsTheApprovers()
    {
        await using var harness = ChatHarness.Start(lab, gateExpiry: TimeSpan.FromSeconds(2));
        await harness.InitializeAsync();
        var runId = await harness.RequestAsync("regenerate tomcat on lab-west");
        await harness.Delivery.DeliverOnceAsync(default);
        var first = Assert.Single(harness.Thread.Posted<GateView>());
        await harness.ClickAsync(first.Actions.Single(a => a.Verb == ChatVerbs.Approve), harness.Thread.IdOf(first), ChatHarness.Approver, "Alan");
        await harness.Engine.Runner.RunUntilIdleAsync(default); // every regeneration, then "approve the restarts"
        await harness.Delivery.DeliverOnceAsync(default);
        var restarts = harness.Thread.Posted<GateView>().Last();
        Assert.NotEqual(first.GateId, restarts.GateId);
        Assert.Null(restarts.ExpiresAt);

        await Task.Delay(TimeSpan.FromSeconds(2.5));
        await harness.Engine.Runner.WorkOnceAsync(default);
        await harness.Delivery.DeliverOnceAsync(default);

        var reminder = harness.Thread.Posted<TextView>().Last().Text;
        Assert.Contains("reminder to the approvers", reminder, StringComparison.Ordinal);
        Assert.Contains("does not expire", reminder, StringComparison.Ordinal);
        Assert.Contains("Alan", reminder, StringComparison.Ordinal);
        Assert.Equal(RunState.AwaitingApproval, (await harness.Engine.Runs.ShowAsync(runId, default))!.Run.State);
        Assert.Empty(harness.Thread.Posted<SummaryView>());
    }

    [Fact]
    public async Task HostedService_DeliversWhileRunning_AndStopsWhenAsked()
    {
        await using var harness = ChatHarness.Start(lab);
        await harness.InitializeAsync();
        var service = harness.Delivery;
        await service.StartAsync(default);
        var runId = await harness.RequestAsync("regenerate tomcat on lab-west");

        for (var i = 0; i < 100 && !harness.Thread.Posted<GateView>().Any(); i++)
        {
            await Task.Delay(50);
        }

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await service.StopAsync(deadline.Token);

        Assert.False(deadline.IsCancellationRequested);
        Assert.Single(harness.Thread.Posted<GateView>());
        Assert.Equal(RunState.AwaitingApproval, (await harness.Engine.Runs.ShowAsync(runId, default))!.Run.State);
    }
}
