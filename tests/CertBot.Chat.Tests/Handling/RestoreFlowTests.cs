using CertBot.Chat.Tests.Support;
using CertBot.Chat.Views;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;
using CertBot.Engine.Runs;

namespace CertBot.Chat.Tests.Handling;

/// <summary>
/// A P6 run rejected at the deletions, after PRG high availability went off and the watchers were stopped: the
/// final card lists exactly what to undo, and "Restore" plans it through the same approvals, which puts the lab back.
/// </summary>
[Collection(SharedChatLab.Name)]
public sealed class RestoreFlowTests(ChatLab lab) : ChatLabTests(lab)
{
    [Fact]
    public async Task RunRejectedAfterTheStops_FinalCardListsTheUndo_RestoreStartsThemAgainAfterAnApproval()
    {
        var purge = await Harness.RequestAsync("purge expired trust on lab-east");
        var ended = await DriveAsync(purge, rejectAt: "Approve the deletions");

        Assert.Equal(RunState.Cancelled, ended.State);
        var stopped = ended.Plan.Steps.Where(s => s.Action == ServiceAction.Stop).Select(s => $"{s.Service} is stopped on {s.Node!.Name}").ToList();
        Assert.NotEmpty(stopped);
        var summary = Harness.Thread.Posted<SummaryView>().Single(s => s.RunId == purge);
        Assert.Equal([.. stopped, "PRG high availability is off"], summary.Undo.Select(u => u.Split(':')[0]));
        Assert.Equal("Cisco Certificate Expiry Monitor", (await ServiceAsync("imp-pub", "Cisco Certificate Expiry Monitor")).Name);
        Assert.Equal(ServiceState.Stopped, (await ServiceAsync("imp-pub", "Cisco Certificate Expiry Monitor")).State);

        await Harness.ClickAsync(summary.Actions.Single(a => a.Verb == ChatVerbs.Restore), Harness.Thread.IdOf(summary), ChatHarness.Requester, "Rita");
        var plan = Harness.Thread.Posted<PlanView>().Last();
        Assert.StartsWith("Restore what run", plan.Title, StringComparison.Ordinal);
        // Like every plan that changes something: the cluster's health is read again after the last start.
        Assert.Equal(stopped.Select(s => "Start " + s.Replace(" is stopped on ", " on ", StringComparison.Ordinal))
                .Append("Check the health of lab-east after the changes").Append("Switch PRG high availability back on").Prepend(plan.Steps[0].Title),
            plan.Steps.Select(s => s.Title));
        await Harness.ClickAsync(plan.Actions.Single(a => a.Verb == ChatVerbs.RequestApproval), Harness.Thread.IdOf(plan), ChatHarness.Requester, "Rita");
        var restore = (await Harness.Engine.Runs.ListAsync([RunState.AwaitingApproval], 10, default)).Single().Id;

        var restored = await DriveAsync(restore, rejectAt: null);

        Assert.Equal(RunState.Succeeded, restored.State);
        Assert.Equal(ServiceState.Started, (await ServiceAsync("imp-pub", "Cisco Certificate Expiry Monitor")).State);
        Assert.Equal(ServiceState.Started, (await ServiceAsync("cucm-sub1", "Cisco Certificate Change Notification")).State);
        Assert.Empty(Harness.Thread.Posted<SummaryView>().Single(s => s.RunId == restore).Undo);
    }

    /// <summary>Works the run, approving and confirming every gate as people would, rejecting the one titled <paramref name="rejectAt"/>.</summary>
    private async Task<Run> DriveAsync(Guid runId, string? rejectAt)
    {
        for (var round = 0; round < 40; round++)
        {
            await Harness.Engine.Runner.RunUntilIdleAsync(default);
            await Harness.Delivery.DeliverOnceAsync(default);
            var run = (await Harness.Engine.Runs.ShowAsync(runId, default))!;
            if (RunLifecycle.IsFinal(run.Run.State))
            {
                await Harness.Delivery.DeliverOnceAsync(default);
                return run.Run;
            }

            Assert.True(run.Run.State == RunState.AwaitingApproval, $"{run.Run.State}: {run.Run.Attention}");
            var open = run.Gates.Single(g => g.IsOpen);
            var card = Harness.Thread.Posted<GateView>().Single(g => g.GateId == open.Id);
            var button = rejectAt is not null && card.Title.StartsWith(rejectAt, StringComparison.Ordinal) ? card.Actions[1] : card.Actions[0];
            await Harness.ClickAsync(button, Harness.Thread.IdOf(card), ChatHarness.Approver, "Alan");
        }

        throw new TimeoutException("the run did not end within 40 rounds");
    }

    private async Task<ServiceStatus> ServiceAsync(string node, string service)
    {
        var port = (INodePort)Harness.Services.GetService(typeof(INodePort))!;
        var info = Lab.Inventory.Cluster("lab-east").Nodes.Single(n => n.Name == node);
        var reference = new NodeRef("lab-east", node, info.Product == "cucm" ? Product.Cucm : Product.Imp,
            info.Role == "publisher" ? NodeRole.Publisher : NodeRole.Subscriber);
        await using var session = await port.OpenAsync(reference, default);
        return (await session.ListServicesAsync(default)).Single(s => s.Name == service);
    }
}
