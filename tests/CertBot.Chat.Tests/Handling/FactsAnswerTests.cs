using CertBot.Chat.Tests.Support;
using CertBot.Chat.Views;
using CertBot.Engine.Runs;

namespace CertBot.Chat.Tests.Handling;

/// <summary>
/// <c>certs</c> and plans answered from the facts cache against the lab: no login while the facts are fresh, "as of"
/// on the card with Refresh, <c>refresh &lt;cluster&gt;</c> and the Refresh buttons read again, a run's cluster is left alone.
/// </summary>
[Collection(SharedChatLab.Name)]
public sealed class FactsAnswerTests(ChatLab lab) : ChatLabTests(lab)
{
    [Fact]
    public async Task Certs_FromFreshFacts_LogsInNowhere_SaysAsOfWhen_AndRefreshReadsTheNodesAgain()
    {
        await Harness.SayAsync("refresh lab-west");
        var refreshed = Assert.Single(Harness.Thread.Posted<InventoryView>());
        Assert.Empty(refreshed.NodeErrors);
        Assert.Matches(@"^as of \d\d:\d\d UTC \(just now\)$", refreshed.AsOf);
        // A node that fails now is not seen by an answer from the cache: nothing logs in.
        await using (await Lab.InjectFaultAsync("lab-west", "cucm-sub1", "fail", "show cert list own"))
        {
            await Harness.SayAsync("certs lab-west");
            var cached = Harness.Thread.Posted<InventoryView>().Last();
            Assert.Empty(cached.NodeErrors);
            Assert.Equal(refreshed.ReadAt, cached.ReadAt);
            Assert.Equal(refreshed.Attention, cached.Attention);
            Assert.Equal(refreshed.Nodes.Select(n => (n.Node, n.IdentityValid, n.IdentityExpiring, n.IdentityExpired, n.TrustExpired)),
                cached.Nodes.Select(n => (n.Node, n.IdentityValid, n.IdentityExpiring, n.IdentityExpired, n.TrustExpired)));
            var refresh = Assert.Single(cached.Actions!, a => a.Verb == ChatVerbs.RefreshFacts);

            var reply = await Harness.ClickAsync(refresh, Harness.Thread.IdOf(cached), ChatHarness.Requester, "Rita");

            var reread = Assert.IsType<InventoryView>(reply.Replacement);
            Assert.True(reread.ReadAt > cached.ReadAt);
            Assert.StartsWith("cucm-sub1: ", Assert.Single(reread.NodeErrors), StringComparison.Ordinal);
            Assert.True((await Harness.Engine.Facts.GetAsync("lab-west", default))!.ReadAt == reread.ReadAt);
        }
    }

    [Fact]
    public async Task Plan_FromFreshFacts_SaysAsOfWhen_AndRefreshPostsThePlanMadeAgain_ColdItIsLiveWithoutRefresh()
    {
        await Harness.SayAsync("regenerate tomcat on lab-west");
        var cold = Assert.Single(Harness.Thread.Posted<PlanView>());
        Assert.Null(cold.AsOf);
        Assert.DoesNotContain(cold.Actions, a => a.Verb == ChatVerbs.RefreshFacts);

        await Harness.SayAsync("refresh lab-west");
        await Harness.SayAsync("regenerate tomcat on lab-west");
        var warm = Harness.Thread.Posted<PlanView>().Last();
        Assert.Matches(@"^as of \d\d:\d\d UTC \(just now\)$", warm.AsOf);
        Assert.Equal(cold.ShortHash, warm.ShortHash);
        var refresh = Assert.Single(warm.Actions, a => a.Verb == ChatVerbs.RefreshFacts);

        await Harness.ClickAsync(refresh, Harness.Thread.IdOf(warm), ChatHarness.Requester, "Rita");

        var again = Harness.Thread.Posted<PlanView>().Last();
        Assert.NotEqual(warm.PlanId, again.PlanId);
        Assert.Equal(warm.ShortHash, again.ShortHash);
        Assert.NotNull(again.AsOf);
        Assert.Contains(again.Actions, a => a.Verb == ChatVerbs.RequestApproval);
    }

    [Fact]
    public async Task Refresh_OfAClusterARunHolds_ReadsNothing_AndSaysWhichRunHoldsIt()
    {
        var run = await Harness.RequestAsync("regenerate tomcat on lab-west");

        await Harness.SayAsync("refresh lab-west");

        Assert.Equal($"lab-west was not read again: run {RunViews.ShortId(run)} holds lab-west; its facts are read again when it ends.",
            Harness.Thread.Posted<TextView>().Last().Text);
        await Harness.Engine.Decisions.DecideAsync(new CertBot.Engine.Runs.Decisions.Decision(RunAction.Cancel, run, ChatHarness.Requester), default);
    }

    [Fact]
    public async Task Refresh_ByWhoMayNotReadTheCluster_IsRefused_AndReadsNothing()
    {
        await using var restricted = ChatHarness.Start(Lab, settings: new Dictionary<string, string?>
        {
            ["CertBot:Clusters:1:Requesters:0"] = ChatHarness.Requester,
        });
        await restricted.InitializeAsync();
        var second = ((CertBot.Engine.Configuration.EngineOptions)restricted.Services.GetService(typeof(CertBot.Engine.Configuration.EngineOptions))!).Clusters[1].Name;

        await restricted.SayAsync($"refresh {second}", ChatHarness.Outsider, "Olga");

        var refusal = restricted.Thread.Posted<TextView>().Single().Text;
        Assert.StartsWith("⛔ Olga: ", refusal, StringComparison.Ordinal);
        Assert.Contains("neither a requester nor an approver", refusal, StringComparison.Ordinal);
        Assert.Null(await restricted.Engine.Facts.GetAsync(second, default));
    }
}
