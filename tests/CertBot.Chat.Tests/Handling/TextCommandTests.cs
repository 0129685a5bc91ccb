using CertBot.Chat.Tests.Support;
using CertBot.Chat.Views;
using CertBot.Engine.Runs;
using CertBot.Engine.Runs.Decisions;

namespace CertBot.Chat.Tests.Handling;

/// <summary>Typed commands and plan buttons against the lab: answers in the thread, never silence.</summary>
[Collection(SharedChatLab.Name)]
public sealed class TextCommandTests(ChatLab lab) : IAsyncLifetime
{
    private ChatHarness harness = null!;

    public async Task InitializeAsync()
    {
        harness = ChatHarness.Start(lab);
        await harness.InitializeAsync();
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Typo_IsAnsweredWithDidYouMeanAndUsage()
    {
        await harness.SayAsync("regenrate tomcat on lab-east");

        var answer = Assert.Single(harness.Thread.Posted<TextView>());
        Assert.Contains("Did you mean `regenerate tomcat on lab-east`", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyCommand_WhenTheStoreFails_IsAnsweredThatItFailed_AndThatNothingWasChanged()
    {
        // A real store fault: the runs table is gone from under the engine.
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={harness.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var rename = connection.CreateCommand();
            rename.CommandText = "ALTER TABLE runs RENAME TO runs_moved";
            await rename.ExecuteNonQueryAsync();
        }

        await harness.SayAsync("runs");

        var answer = Assert.Single(harness.Thread.Posted<TextView>());
        Assert.StartsWith("This failed: ", answer.Text, StringComparison.Ordinal);
        Assert.Contains("no such table", answer.Text, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was changed.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ListsEveryCommand()
    {
        await harness.SayAsync("help");

        var answer = Assert.Single(harness.Thread.Posted<TextView>());
        Assert.Contains("`certs <cluster> [expiring <days>]`", answer.Text, StringComparison.Ordinal);
        Assert.Contains("`exchange certificates from <source> to <destination>`", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Certs_CountsEveryNodesCertificates_AndListsThePlantedExpiredTrustAsNeedingAttention()
    {
        await harness.SayAsync("certs lab-east");

        var inventory = Assert.Single(harness.Thread.Posted<InventoryView>());
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
        await lab.FaultAsync("lab-west", "cucm-sub1", "fail", "show cert list trust");
        try
        {
            await harness.SayAsync("certs lab-west");

            var inventory = Assert.Single(harness.Thread.Posted<InventoryView>());
            var error = Assert.Single(inventory.NodeErrors);
            Assert.StartsWith("cucm-sub1: ", error, StringComparison.Ordinal);
            Assert.True(inventory.Nodes.Single(n => n.Node == "cucm-pub").Read);
            // What the failing node answered before its trust list failed is still counted.
            var failing = inventory.Nodes.Single(n => n.Node == "cucm-sub1");
            Assert.False(failing.Read);
            Assert.True(failing.IdentityValid + failing.IdentityExpiring + failing.IdentityExpired > 0);
        }
        finally
        {
            await lab.FaultAsync("lab-west", "cucm-sub1", "clear");
        }
    }

    [Fact]
    public async Task CertsExpiring_ListsOnlyCertificatesWithinTheHorizon()
    {
        await harness.SayAsync("certs lab-west expiring 0");

        var inventory = Assert.Single(harness.Thread.Posted<InventoryView>());
        Assert.Equal((0, 0), (inventory.ThresholdDays, inventory.ExpiringWithinDays));
        Assert.All(inventory.Attention, r => Assert.True(r.DaysLeft <= 0, $"{r.Node} {r.File} has {r.DaysLeft} days left"));
        Assert.Contains(inventory.Attention, r => r.Node == "cucm-pub" && r.Store == "CAPF-trust" && r.Expired);
        Assert.All(inventory.Nodes, n => Assert.Equal(0, n.IdentityExpiring));
    }

    [Fact]
    public async Task ShowAllForNode_PostsEveryCertificateOfThatNode_IdentityFirst()
    {
        await harness.SayAsync("show all for imp-sub2");

        var node = Assert.Single(harness.Thread.Posted<NodeCertificatesView>());
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
        await harness.SayAsync("show all for cucm-sub1");
        await harness.SayAsync("certs lab-west imp-pub");

        var answers = harness.Thread.Posted<TextView>().Select(t => t.Text).ToList();
        Assert.Empty(harness.Thread.Posted<NodeCertificatesView>());
        Assert.Contains("`cucm-sub1` is a node of `lab-east`, `lab-west`", answers[0], StringComparison.Ordinal);
        Assert.Contains("`lab-west` has no node 'imp-pub'; its nodes: `cucm-pub`, `cucm-sub1`", answers[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowAllOfACardPostedBeforeTheCompactInventory_IsAnsweredWithTheCompactInventory()
    {
        var old = new ViewAction("Show all 60", ChatVerbs.ShowAll, new Dictionary<string, string> { [ChatVerbs.ClusterKey] = "lab-west" });

        await harness.ClickAsync(old, "an-old-card", ChatHarness.Requester, "Rita");

        var inventory = Assert.Single(harness.Thread.Posted<InventoryView>());
        Assert.Equal(["cucm-pub", "cucm-sub1"], inventory.Nodes.Select(n => n.Node));
    }

    [Fact]
    public async Task AllCertificatesButtonOfANodeRow_PostsThatNodesCertificates()
    {
        await harness.SayAsync("certs lab-west");
        var inventory = Assert.Single(harness.Thread.Posted<InventoryView>());
        var row = inventory.Nodes.Single(n => n.Node == "cucm-pub");

        await harness.ClickAsync(row.ShowAll, harness.Thread.IdOf(inventory), ChatHarness.Requester, "Rita");

        var node = Assert.Single(harness.Thread.Posted<NodeCertificatesView>());
        Assert.Equal(("lab-west", "cucm-pub"), (node.Cluster, node.Node));
        Assert.Equal(row.TrustExpired, node.Rows.Count(r => !r.IsIdentity && r.Expired));
        Assert.Equal(row.IdentityExpired + row.IdentityExpiring + row.IdentityValid, node.Rows.Count(r => r.IsIdentity));
    }

    [Fact]
    public async Task ApproveTyped_ByAnOutsider_IsRefusedVisibly_AndCancelEndsTheRun()
    {
        var runId = await RequestOnWestAsync();
        var shortId = RunViews.ShortId(runId);

        await harness.SayAsync($"approve {shortId}", ChatHarness.Outsider, "Olga");
        Assert.Contains("not an approver of lab-west", harness.Thread.Posted<TextView>().Last().Text, StringComparison.Ordinal);
        Assert.Equal(RunState.AwaitingApproval, (await harness.Engine.Runs.ShowAsync(runId, default))!.Run.State);

        await harness.SayAsync($"cancel {shortId}");
        Assert.StartsWith("✓ run cancelled by Rita", harness.Thread.Posted<TextView>().Last().Text, StringComparison.Ordinal);
        Assert.Equal(RunState.Cancelled, (await harness.Engine.Runs.ShowAsync(runId, default))!.Run.State);
    }

    [Fact]
    public async Task RequestApproval_ClickedTwice_CreatesOneRun()
    {
        await harness.SayAsync("regenerate tomcat on lab-west");
        var plan = Assert.Single(harness.Thread.Posted<PlanView>());
        var request = plan.Actions.Single(a => a.Verb == ChatVerbs.RequestApproval);

        await harness.ClickAsync(request, harness.Thread.IdOf(plan), ChatHarness.Requester, "Rita");
        var second = Assert.IsType<PlanView>((await harness.ClickAsync(request, harness.Thread.IdOf(plan), ChatHarness.Requester, "Rita")).Replacement);

        Assert.Empty(second.Actions);
        var runs = await harness.Engine.Runs.ListAsync([RunState.AwaitingApproval], 10, default);
        var run = Assert.Single(runs);
        await harness.Engine.Decisions.DecideAsync(new Decision(RunAction.Cancel, run.Id, ChatHarness.Requester), default);
    }

    [Fact]
    public async Task ApproveTyped_ByTheApprover_ApprovesNothing_ItShowsThePlanCard_AndTheApprovalIsGivenOnIt()
    {
        var runId = await RequestOnWestAsync();

        await harness.SayAsync($"approve {RunViews.ShortId(runId)}", ChatHarness.Approver, "Anna");

        Assert.Contains("approve there", harness.Thread.Posted<TextView>().Last().Text, StringComparison.Ordinal);
        var card = harness.Thread.Posted<GateView>().Last();
        var approve = card.Actions.Single(a => a.Verb == ChatVerbs.Approve);
        var run = (await harness.Engine.Runs.ShowAsync(runId, default))!;
        Assert.Equal(RunState.AwaitingApproval, run.Run.State);
        Assert.Equal(run.Run.Plan.Hash, approve.Data[ChatVerbs.HashKey]);
        Assert.Contains(run.Journal, j => j.Kind == JournalKind.Refused && j.Message.StartsWith("approve (typed) by", StringComparison.Ordinal));

        await harness.ClickAsync(approve, harness.Thread.IdOf(card), ChatHarness.Approver, "Anna");
        Assert.Equal(RunState.Running, (await harness.Engine.Runs.ShowAsync(runId, default))!.Run.State);
    }

    [Fact]
    public async Task RequestApproval_ClickedBySomeoneElse_IsRefused_TheRequesterIsWhoAskedForThePlan()
    {
        await harness.SayAsync("regenerate tomcat on lab-west");
        var plan = Assert.Single(harness.Thread.Posted<PlanView>());
        var request = plan.Actions.Single(a => a.Verb == ChatVerbs.RequestApproval);

        var byApprover = Assert.IsType<PlanView>((await harness.ClickAsync(request, harness.Thread.IdOf(plan), ChatHarness.Approver, "Anna")).Replacement);

        Assert.NotEmpty(byApprover.Actions); // still open for the person who asked
        Assert.Contains("only Rita, who asked for this plan", harness.Thread.Posted<TextView>().Last().Text, StringComparison.Ordinal);
        Assert.Empty(await harness.Engine.Runs.ListAsync([], 10, default));

        await harness.ClickAsync(request, harness.Thread.IdOf(plan), ChatHarness.Requester, "Rita");
        var run = Assert.Single(await harness.Engine.Runs.ListAsync([], 10, default));
        Assert.Equal(ChatHarness.Requester, run.RequestedBy);
    }

    [Fact]
    public async Task CancelOnThePlan_ClosesItWithoutARun()
    {
        await harness.SayAsync("regenerate tomcat on lab-west");
        var plan = Assert.Single(harness.Thread.Posted<PlanView>());

        var reply = await harness.ClickAsync(plan.Actions.Single(a => a.Verb == ChatVerbs.CancelPlan), harness.Thread.IdOf(plan), ChatHarness.Requester, "Rita");

        Assert.StartsWith("Cancelled by Rita", Assert.IsType<PlanView>(reply.Replacement).Notice, StringComparison.Ordinal);
        Assert.Empty(await harness.Engine.Runs.ListAsync([], 10, default));
    }

    [Fact]
    public async Task ResentInbound_IsHandledOnce()
    {
        var request = new Requests.ChatRequest("teams", ChatHarness.Requester, "Rita", harness.Conversation, Text: "help", InboundId: "teams:resent");

        await harness.Handler.HandleAsync(request, default);
        await harness.Handler.HandleAsync(request, default);

        Assert.Single(harness.Thread.Posted<TextView>());
    }

    private async Task<Guid> RequestOnWestAsync()
    {
        await harness.SayAsync("regenerate tomcat on lab-west");
        var plan = harness.Thread.Posted<PlanView>().Last();
        await harness.ClickAsync(plan.Actions.Single(a => a.Verb == ChatVerbs.RequestApproval), harness.Thread.IdOf(plan), ChatHarness.Requester, "Rita");
        return (await harness.Engine.Runs.ListAsync([RunState.AwaitingApproval], 10, default)).Single().Id;
    }
}
