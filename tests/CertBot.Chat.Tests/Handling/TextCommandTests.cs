using CertBot.Chat.Tests.Support;
using CertBot.Chat.Views;
using CertBot.Engine.Runs;
using CertBot.Engine.Runs.Decisions;

namespace CertBot.Chat.Tests.Handling;

/// <summary>Typed commands and plan buttons against the lab: answers in the thread, never silence.</summary>
[Collection(SharedChatLab.Name)]
public sealed class TextCommandTests(ChatLab lab) : ChatLabTests(lab)
{
    [Fact]
    public async Task Typo_IsAnsweredWithDidYouMeanAndUsage()
    {
        await Harness.SayAsync("regenrate tomcat on lab-east");

        var answer = Assert.Single(Harness.Thread.Posted<TextView>());
        Assert.Contains("Did you mean `regenerate tomcat on lab-east`", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyCommand_WhenTheStoreFails_IsAnsweredThatItFailed_AndThatNothingWasChanged()
    {
        // A real store fault: the runs table is gone from under the engine.
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Harness.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var rename = connection.CreateCommand();
            rename.CommandText = "ALTER TABLE runs RENAME TO runs_moved";
            await rename.ExecuteNonQueryAsync();
        }

        await Harness.SayAsync("runs");

        var answer = Assert.Single(Harness.Thread.Posted<TextView>());
        Assert.StartsWith("This failed: ", answer.Text, StringComparison.Ordinal);
        Assert.Contains("no such table", answer.Text, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was changed.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ListsEveryCommand()
    {
        await Harness.SayAsync("help");

        var answer = Assert.Single(Harness.Thread.Posted<TextView>());
        Assert.Contains("`certs <cluster> [expiring <days>]`", answer.Text, StringComparison.Ordinal);
        Assert.Contains("`exchange certificates from <source> to <destination>`", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Certs_CountsEveryNodesCertificates_AndListsThePlantedExpiredTrustAsNeedingAttention()
    {
        await Harness.SayAsync("certs lab-east");

        var inventory = Assert.Single(Harness.Thread.Posted<InventoryView>());
        Assert.Empty(inventory.NodeErrors);
        Assert.Equal(["cucm-pub", "cucm-sub1", "imp-pub", "imp-sub1", "imp-sub2"], inventory.Nodes.Select(n => n.Node));
        Assert.All(inventory.Nodes, n => Assert.True(n.Read && n.IdentityValid + n.IdentityExpiring + n.IdentityExpired >= 5 && n.ServicesDown is not null, n.ToString()));
        Assert.Equal(["CUCM publisher", "CUCM subscriber", "IM and Presence publisher"], inventory.Nodes.Take(3).Select(n => n.Description));
        // The lab plants expired trust on four nodes of lab-east: each is counted on its row and listed below.
        foreach (var (node, store) in new[] { ("cucm-pub", "tomcat-trust"), ("cucm-sub1", "CallManager-trust"), ("imp-pub", "cup-xmpp-trust"), ("imp-sub1", "tomcat-trust") })
        {
            Assert.True(inventory.Nodes.Single(n => n.Node == node).TrustExpired >= 1, node);
            Assert.Contains(inventory.Attention, r => r.Node == node && r.Store == store && r.Expired && r.DaysLeft < 0);
        }

        Assert.All(inventory.Attention, r => Assert.True(r.Expired || r.DaysLeft <= inventory.ThresholdDays, r.ToString()));
        Assert.Equal(inventory.Attention.OrderBy(r => r.IsIdentity ? 0 : 1).ThenByDescending(r => r.Expired).ThenBy(r => r.DaysLeft), inventory.Attention);
        Assert.Equal(30, inventory.ThresholdDays);
    }

    [Fact]
    public async Task Certs_WithOneNodeFailing_NamesThatNode_AndStillCountsEveryNode()
    {
        await using (await Lab.InjectFaultAsync("lab-west", "cucm-sub1", "fail", "show cert list trust"))
        {
            await Harness.SayAsync("certs lab-west");

            var inventory = Assert.Single(Harness.Thread.Posted<InventoryView>());
            var error = Assert.Single(inventory.NodeErrors);
            Assert.StartsWith("cucm-sub1: ", error, StringComparison.Ordinal);
            Assert.True(inventory.Nodes.Single(n => n.Node == "cucm-pub").Read);
            // What the failing node answered before its trust list failed is still counted.
            var failing = inventory.Nodes.Single(n => n.Node == "cucm-sub1");
            Assert.False(failing.Read);
            Assert.True(failing.IdentityValid + failing.IdentityExpiring + failing.IdentityExpired > 0);
        }
    }

    [Fact]
    public async Task CertsExpiring_ListsOnlyCertificatesWithinTheHorizon()
    {
        await Harness.SayAsync("certs lab-west expiring 0");

        var inventory = Assert.Single(Harness.Thread.Posted<InventoryView>());
        Assert.Equal((0, 0), (inventory.ThresholdDays, inventory.ExpiringWithinDays));
        Assert.All(inventory.Attention, r => Assert.True(r.DaysLeft <= 0, $"{r.Node} {r.File} has {r.DaysLeft} days left"));
        Assert.Contains(inventory.Attention, r => r.Node == "cucm-pub" && r.Store == "CAPF-trust" && r.Expired);
        Assert.All(inventory.Nodes, n => Assert.Equal(0, n.IdentityExpiring));
    }

    [Fact]
    public async Task ShowAllForNode_PostsEveryCertificateOfThatNode_IdentityFirst()
    {
        await Harness.SayAsync("show all for imp-sub2");

        var node = Assert.Single(Harness.Thread.Posted<NodeCertificatesView>());
        Assert.Equal(("lab-east", "imp-sub2", "IM and Presence subscriber"), (node.Cluster, node.Node, node.Description));
        Assert.Equal(node.Total, node.Rows.Count);
        Assert.Contains(node.Rows, r => r.IsIdentity && r.Unit == "cup-xmpp");
        Assert.Contains(node.Rows, r => !r.IsIdentity);
        Assert.Equal(node.Rows.OrderBy(r => r.IsIdentity ? 0 : 1), node.Rows);
        Assert.All(node.Rows, r => Assert.Equal("imp-sub2", r.Node));
    }

    [Fact]
    public async Task ShowAllForNode_OfANameInTwoClusters_AsksWhichAndNamesBoth_AnUnknownNameListsTheNodes()
    {
        await Harness.SayAsync("show all for cucm-sub1");
        await Harness.SayAsync("certs lab-west imp-pub");

        var answers = Harness.Thread.Posted<TextView>().Select(t => t.Text).ToList();
        Assert.Empty(Harness.Thread.Posted<NodeCertificatesView>());
        Assert.Contains("`cucm-sub1` is a node of `lab-east`, `lab-west`", answers[0], StringComparison.Ordinal);
        Assert.Contains("`lab-west` has no node 'imp-pub'; its nodes: `cucm-pub`, `cucm-sub1`", answers[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowAllOfACardPostedBeforeTheCompactInventory_IsAnsweredWithTheCompactInventory()
    {
        var old = new ViewAction("Show all 60", ChatVerbs.ShowAll, new Dictionary<string, string> { [ChatVerbs.ClusterKey] = "lab-west" });

        await Harness.ClickAsync(old, "an-old-card", ChatHarness.Requester, "Rita");

        var inventory = Assert.Single(Harness.Thread.Posted<InventoryView>());
        Assert.Equal(["cucm-pub", "cucm-sub1"], inventory.Nodes.Select(n => n.Node));
    }

    [Fact]
    public async Task AllCertificatesButtonOfANodeRow_PostsThatNodesCertificates()
    {
        await Harness.SayAsync("certs lab-west");
        var inventory = Assert.Single(Harness.Thread.Posted<InventoryView>());
        var row = inventory.Nodes.Single(n => n.Node == "cucm-pub");

        await Harness.ClickAsync(row.ShowAll, Harness.Thread.IdOf(inventory), ChatHarness.Requester, "Rita");

        var node = Assert.Single(Harness.Thread.Posted<NodeCertificatesView>());
        Assert.Equal(("lab-west", "cucm-pub"), (node.Cluster, node.Node));
        Assert.Equal(row.TrustExpired, node.Rows.Count(r => !r.IsIdentity && r.Expired));
        Assert.Equal(row.IdentityExpired + row.IdentityExpiring + row.IdentityValid, node.Rows.Count(r => r.IsIdentity));
    }

    [Fact]
    public async Task ApproveTyped_ByAnOutsider_IsRefusedVisibly_AndCancelEndsTheRun()
    {
        var runId = await RequestOnWestAsync();
        var shortId = RunViews.ShortId(runId);

        await Harness.SayAsync($"approve {shortId}", ChatHarness.Outsider, "Olga");
        Assert.Contains("not an approver of lab-west", Harness.Thread.Posted<TextView>().Last().Text, StringComparison.Ordinal);
        Assert.Equal(RunState.AwaitingApproval, (await Harness.Engine.Runs.ShowAsync(runId, default))!.Run.State);

        await Harness.SayAsync($"cancel {shortId}");
        Assert.StartsWith("✓ run cancelled by Rita", Harness.Thread.Posted<TextView>().Last().Text, StringComparison.Ordinal);
        Assert.Equal(RunState.Cancelled, (await Harness.Engine.Runs.ShowAsync(runId, default))!.Run.State);
    }

    [Fact]
    public async Task RequestApproval_ClickedTwice_CreatesOneRun()
    {
        await Harness.SayAsync("regenerate tomcat on lab-west");
        var plan = Assert.Single(Harness.Thread.Posted<PlanView>());
        var request = plan.Actions.Single(a => a.Verb == ChatVerbs.RequestApproval);

        await Harness.ClickAsync(request, Harness.Thread.IdOf(plan), ChatHarness.Requester, "Rita");
        var second = Assert.IsType<PlanView>((await Harness.ClickAsync(request, Harness.Thread.IdOf(plan), ChatHarness.Requester, "Rita")).Replacement);

        Assert.Empty(second.Actions);
        var runs = await Harness.Engine.Runs.ListAsync([RunState.AwaitingApproval], 10, default);
        var run = Assert.Single(runs);
        await Harness.Engine.Decisions.DecideAsync(new Decision(RunAction.Cancel, run.Id, ChatHarness.Requester), default);
    }

    [Fact]
    public async Task ApproveTyped_ByTheApprover_ApprovesNothing_ItShowsThePlanCard_AndTheApprovalIsGivenOnIt()
    {
        var runId = await RequestOnWestAsync();

        await Harness.SayAsync($"approve {RunViews.ShortId(runId)}", ChatHarness.Approver, "Anna");

        Assert.Contains("approve there", Harness.Thread.Posted<TextView>().Last().Text, StringComparison.Ordinal);
        var card = Harness.Thread.Posted<GateView>().Last();
        var approve = card.Actions.Single(a => a.Verb == ChatVerbs.Approve);
        var run = (await Harness.Engine.Runs.ShowAsync(runId, default))!;
        Assert.Equal(RunState.AwaitingApproval, run.Run.State);
        Assert.Equal(run.Run.Plan.Hash, approve.Data[ChatVerbs.HashKey]);
        Assert.Contains(run.Journal, j => j.Kind == JournalKind.Refused && j.Message.StartsWith("approve (typed) by", StringComparison.Ordinal));

        await Harness.ClickAsync(approve, Harness.Thread.IdOf(card), ChatHarness.Approver, "Anna");
        Assert.Equal(RunState.Running, (await Harness.Engine.Runs.ShowAsync(runId, default))!.Run.State);
    }

    [Fact]
    public async Task RequestApproval_ClickedBySomeoneElse_IsRefused_TheRequesterIsWhoAskedForThePlan()
    {
        await Harness.SayAsync("regenerate tomcat on lab-west");
        var plan = Assert.Single(Harness.Thread.Posted<PlanView>());
        var request = plan.Actions.Single(a => a.Verb == ChatVerbs.RequestApproval);

        var byApprover = Assert.IsType<PlanView>((await Harness.ClickAsync(request, Harness.Thread.IdOf(plan), ChatHarness.Approver, "Anna")).Replacement);

        Assert.NotEmpty(byApprover.Actions); // still open for the person who asked
        Assert.Contains("only Rita, who asked for this plan", Harness.Thread.Posted<TextView>().Last().Text, StringComparison.Ordinal);
        Assert.Empty(await Harness.Engine.Runs.ListAsync([], 10, default));

        await Harness.ClickAsync(request, Harness.Thread.IdOf(plan), ChatHarness.Requester, "Rita");
        var run = Assert.Single(await Harness.Engine.Runs.ListAsync([], 10, default));
        Assert.Equal(ChatHarness.Requester, run.RequestedBy);
    }

    [Fact]
    public async Task CancelOnThePlan_ClosesItWithoutARun()
    {
        await Harness.SayAsync("regenerate tomcat on lab-west");
        var plan = Assert.Single(Harness.Thread.Posted<PlanView>());

        var reply = await Harness.ClickAsync(plan.Actions.Single(a => a.Verb == ChatVerbs.CancelPlan), Harness.Thread.IdOf(plan), ChatHarness.Requester, "Rita");

        Assert.StartsWith("Cancelled by Rita", Assert.IsType<PlanView>(reply.Replacement).Notice, StringComparison.Ordinal);
        Assert.Empty(await Harness.Engine.Runs.ListAsync([], 10, default));
    }

    [Fact]
    public async Task ResentInbound_IsHandledOnce()
    {
        var request = new Requests.ChatRequest("teams", ChatHarness.Requester, "Rita", Harness.Conversation, Text: "help", InboundId: "teams:resent");

        await Harness.Handler.HandleAsync(request, default);
        await Harness.Handler.HandleAsync(request, default);

        Assert.Single(Harness.Thread.Posted<TextView>());
    }

    private async Task<Guid> RequestOnWestAsync()
    {
        await Harness.SayAsync("regenerate tomcat on lab-west");
        var plan = Harness.Thread.Posted<PlanView>().Last();
        await Harness.ClickAsync(plan.Actions.Single(a => a.Verb == ChatVerbs.RequestApproval), Harness.Thread.IdOf(plan), ChatHarness.Requester, "Rita");
        return (await Harness.Engine.Runs.ListAsync([RunState.AwaitingApproval], 10, default)).Single().Id;
    }
}
