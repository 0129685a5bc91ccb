using CertBot.Chat.Tests.Support;
using CertBot.Chat.Views;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;
using CertBot.Engine.Runs;

namespace CertBot.Chat.Tests.Handling;

/// <summary>
/// The whole chat flow against the lab: ask in the thread, get the plan, request approval, the requester's own
/// approval is refused in the thread, an approver approves, the gates and manual steps are decided on their
/// cards, progress is updated in place, the summary says Succeeded and the lab's tomcat serials changed.
/// </summary>
[Collection(SharedChatLab.Name)]
public sealed class RegenerationFlowTests(ChatLab lab) : ChatLabTests(lab)
{
    [Fact]
    public async Task RegenerateTomcat_FromChat_RunsToSucceededAndChangesEverySerial()
    {
        var before = await TomcatSerialsAsync();

        await Harness.SayAsync("please regen the tomcat cert on lab-east");
        var plan = Assert.Single(Harness.Thread.Posted<PlanView>());
        Assert.Equal(["cucm-pub", "cucm-sub1", "imp-pub", "imp-sub1", "imp-sub2"], plan.Nodes.Select(n => n.Split('/')[1]));
        Assert.Contains(plan.Steps, s => s.Title.Contains("Approve", StringComparison.Ordinal));
        var request = plan.Actions.Single(a => a.Verb == ChatVerbs.RequestApproval);

        var requested = await Harness.ClickAsync(request, Harness.Thread.IdOf(plan), ChatHarness.Requester, "Rita");
        var closedPlan = Assert.IsType<PlanView>(requested.Replacement);
        Assert.Empty(closedPlan.Actions);
        Assert.StartsWith("Approval requested by Rita", closedPlan.Notice, StringComparison.Ordinal);

        await Harness.Delivery.DeliverOnceAsync(default);
        var progress = Assert.Single(Harness.Thread.Posted<ProgressView>());
        var gate = Assert.Single(Harness.Thread.Posted<GateView>());
        Assert.True(gate.IsOpen);
        Assert.Equal("Rita", gate.RequestedBy);
        var approve = gate.Actions.Single(a => a.Verb == ChatVerbs.Approve);

        var own = await Harness.ClickAsync(approve, Harness.Thread.IdOf(gate), ChatHarness.Requester, "Rita");
        Assert.True(Assert.IsType<GateView>(own.Replacement).IsOpen);
        var refusal = Harness.Thread.Posted<TextView>().Last();
        Assert.Contains("refused", refusal.Text, StringComparison.Ordinal);
        Assert.Contains("never approves their own run", refusal.Text, StringComparison.Ordinal);

        var approved = Assert.IsType<GateView>((await Harness.ClickAsync(approve, Harness.Thread.IdOf(gate), ChatHarness.Approver, "Alan", "window agreed")).Replacement);
        Assert.Empty(approved.Actions);
        Assert.StartsWith("approved by Alan at ", approved.Outcome, StringComparison.Ordinal);
        Assert.Contains("window agreed", approved.Outcome, StringComparison.Ordinal);

        var run = await DriveAsync(progress.RunId);

        Assert.Equal(RunState.Succeeded, run.State);
        var summary = Assert.Single(Harness.Thread.Posted<SummaryView>());
        Assert.Equal(RunDisplayState.Succeeded, summary.State);
        Assert.Equal(0, summary.Failed);
        var (progressId, lastProgress) = Harness.Thread.Updates<ProgressView>().Last();
        Assert.Equal(Harness.Thread.IdOf(progress), progressId);
        Assert.Equal(RunDisplayState.Succeeded, lastProgress.State);
        Assert.All(lastProgress.Steps, s => Assert.Equal("✓", s.Mark));
        var after = await TomcatSerialsAsync();
        Assert.All(before, b => Assert.NotEqual(b.Value, after[b.Key]));

        // The final card is the maintenance record: each node's old and new serial as the nodes presented them,
        // the restart there, who asked and who approved when, and every step's time in words.
        Assert.Equal(before.Keys.Order(), summary.Nodes.Select(n => n.Node).Order());
        Assert.All(summary.Nodes, n =>
        {
            Assert.Matches($@"^✓ tomcat regenerated: serial {before[n.Node]} → {after[n.Node]}, expires \d{{4}}-\d\d-\d\d → \d{{4}}-\d\d-\d\d · step \d+, ", n.Lines[0]);
            Assert.Contains(n.Lines, l => l.StartsWith("✓ Cisco Tomcat restarted · step ", StringComparison.Ordinal));
            Assert.All(n.Lines, l => Assert.Matches(@" · step \d+, (\d+ s|\d+ min( \d+ s)?)$", l));
        });
        Assert.Equal("Rita", summary.RequestedBy);
        Assert.Contains(summary.Decisions, d => d.Contains("approved by Alan at ", StringComparison.Ordinal) && d.EndsWith(": \"window agreed\"", StringComparison.Ordinal));
        Assert.Contains(summary.Decisions, d => d.Contains("confirmed by Alan at ", StringComparison.Ordinal));
        Assert.Equal(run.UpdatedAt - run.CreatedAt, summary.Duration);
    }

    /// <summary>Works the run and decides each gate card the thread shows, as people would, until the run ends.</summary>
    private async Task<Run> DriveAsync(Guid runId)
    {
        for (var round = 0; round < 30; round++)
        {
            await Harness.Engine.Runner.RunUntilIdleAsync(default);
            await Harness.Delivery.DeliverOnceAsync(default);
            var run = (await Harness.Engine.Runs.ShowAsync(runId, default))!;
            if (RunLifecycle.IsFinal(run.Run.State))
            {
                return run.Run;
            }

            Assert.Equal(RunState.AwaitingApproval, run.Run.State);
            var open = run.Gates.Single(g => g.IsOpen);
            var card = Harness.Thread.Posted<GateView>().Single(g => g.GateId == open.Id);
            var button = card.Actions[0];
            var reply = await Harness.ClickAsync(button, Harness.Thread.IdOf(card), ChatHarness.Approver, "Alan");
            Assert.False(Assert.IsType<GateView>(reply.Replacement).IsOpen);
        }

        throw new TimeoutException("the run did not end within 30 rounds");
    }

    private async Task<Dictionary<string, string>> TomcatSerialsAsync()
    {
        var port = (INodePort)Harness.Services.GetService(typeof(INodePort))!;
        var serials = new Dictionary<string, string>();
        foreach (var node in Lab.Inventory.Cluster("lab-east").Nodes)
        {
            var reference = new NodeRef("lab-east", node.Name, node.Product == "cucm" ? Product.Cucm : Product.Imp,
                node.Role == "publisher" ? NodeRole.Publisher : NodeRole.Subscriber);
            await using var session = await port.OpenAsync(reference, default);
            serials[node.Name] = (await session.ListCertificatesAsync(trust: false, default)).Single(c => c.Unit == "tomcat").Serial;
        }

        return serials;
    }
}
