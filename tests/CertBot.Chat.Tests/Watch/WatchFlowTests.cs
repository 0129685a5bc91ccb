using CertBot.Chat.Tests.Support;
using CertBot.Chat.Views;
using CertBot.Chat.Watch;
using CertBot.Engine.Configuration;
using CertBot.Engine.Inventory;
using CertBot.Engine.Inventory.Cache;
using CertBot.Engine.Model;
using Microsoft.Extensions.DependencyInjection;

namespace CertBot.Chat.Tests.Watch;

/// <summary>
/// The expiry watch on the lab, as the host composes it: <c>watch &lt;cluster&gt; here</c> captures the channel, a
/// look posts one card per threshold crossed (each certificate once, also for another instance over the same
/// store), quiet hours hold cards back until they end, and a card's button plans the remedy.
/// </summary>
[Collection(SharedChatLab.Name)]
public sealed class WatchFlowTests(ChatLab lab) : ChatLabTests(lab)
{
    private readonly ManualClock clock = new(DateTimeOffset.UtcNow);

    private protected override ChatHarness StartHarness() =>
        ChatHarness.Start(Lab, settings: new Dictionary<string, string?>
        {
            ["CertBot:Watch:WeeklyDigest"] = "false",
            ["CertBot:Watch:Clusters:0:Cluster"] = "lab-west",
            ["CertBot:Watch:Clusters:0:QuietHours:Start"] = "22:00",
            ["CertBot:Watch:Clusters:0:QuietHours:End"] = "07:00",
        }, time: clock);

    private ExpiryAnnouncer Announcer => Harness.Services.GetRequiredService<ExpiryAnnouncer>();

    private ClusterOptions Cluster(string name) => Harness.Services.GetRequiredService<EngineOptions>().FindCluster(name)!;

    private List<ExpiryView> Cards => [.. Harness.Thread.Posted<ExpiryView>()];

    [Fact]
    public async Task WatchHere_ThenEachThresholdIsAnnouncedOnce_AndTheRenewalButtonPlansP9()
    {
        await Harness.SayAsync("watch lab-east here");
        Assert.Contains("I will warn in this channel before certificates of `lab-east` expire: at 60, 30, 14, 7, 1 days left",
            Harness.Thread.Posted<TextView>().Last().Text, StringComparison.Ordinal);

        await Announcer.LookAsync(Cluster("lab-east"), default);
        var expired = Assert.Single(Cards);
        Assert.Equal(0, expired.Band);
        Assert.All(expired.Rows, r => Assert.True(r.Expired && r.What.Contains("-trust/", StringComparison.Ordinal)));
        Assert.Equal([ChatVerbs.PlanPurge], expired.Actions.Select(a => a.Verb));

        var cupXmpp = await NotAfterAsync("lab-east", "imp-sub2", "cup-xmpp");
        clock.Now = cupXmpp.AddDays(-50);
        await Announcer.LookAsync(Cluster("lab-east"), default);
        await Announcer.LookAsync(Cluster("lab-east"), default);
        // Another instance (or this one after a restart) over the same store announces nothing again.
        await ActivatorUtilities.CreateInstance<ExpiryAnnouncer>(Harness.Services, Harness.Engine.Store).LookAsync(Cluster("lab-east"), default);

        Assert.Equal(2, Cards.Count);
        var sixty = Cards[1];
        Assert.Equal(60, sixty.Band);
        var row = Assert.Single(sixty.Rows, r => r.Node == "imp-sub2" && r.What == "cup-xmpp");
        Assert.False(row.SelfSigned);
        Assert.Equal("renewal", row.Remedy);
        var renew = Assert.Single(sixty.Actions, a => a.Verb == ChatVerbs.PlanRenewal);
        Assert.Equal("cup-xmpp", renew.Data[ChatVerbs.UnitKey]);

        clock.Now = cupXmpp.AddDays(-20);
        await Announcer.LookAsync(Cluster("lab-east"), default);
        Assert.Equal(30, Cards[2].Band);
        Assert.Contains(Cards[2].Rows, r => r.Node == "imp-sub2" && r.What == "cup-xmpp");

        await Harness.ClickAsync(renew, Harness.Thread.IdOf(sixty), ChatHarness.Requester, "Rita");
        var plan = Harness.Thread.Posted<PlanView>().Last();
        Assert.Equal("renew cup-xmpp --cluster lab-east", plan.Request);
        Assert.Contains("planned from the expiry watch's card", plan.Decisions);
        Assert.Contains(plan.Actions, a => a.Verb == ChatVerbs.RequestApproval);
    }

    [Fact]
    public async Task QuietHours_HoldTheCardBack_UntilTheyEnd()
    {
        await Harness.SayAsync("watch lab-west here");
        var night = new DateTimeOffset(DateTimeOffset.UtcNow.Date.AddHours(23), TimeSpan.Zero);
        clock.Now = night;

        var quietEnds = await Announcer.LookAsync(Cluster("lab-west"), default);

        Assert.Equal(night.Date.AddDays(1).AddHours(7), quietEnds!.Value.UtcDateTime);
        Assert.Empty(Cards);
        clock.Now = quietEnds.Value.AddMinutes(1);
        Assert.Null(await Announcer.LookAsync(Cluster("lab-west"), default));
        var card = Assert.Single(Cards);
        Assert.Contains(card.Rows, r => r.Node == "cucm-pub" && r.What.StartsWith("CAPF-trust/", StringComparison.Ordinal) && r.Expired);
    }

    [Fact]
    public async Task ALook_WithFreshFacts_ReadsTheFactsCache_NotTheNodes_AndStaleFactsLive()
    {
        await Harness.SayAsync("watch lab-west here");
        await Harness.Services.GetRequiredService<FactsRefresher>().RefreshAsync("lab-west", default);
        var before = Logins("lab-west");

        await Announcer.LookAsync(Cluster("lab-west"), default);

        Assert.Equal(before, Logins("lab-west"));
        var card = Assert.Single(Cards);
        Assert.Contains(card.Rows, r => r.Node == "cucm-pub" && r.What.StartsWith("CAPF-trust/", StringComparison.Ordinal) && r.Expired);

        // Older than CertBot:Facts:MaxAge: the look logs in to every node once, and announces nothing twice.
        clock.Now += Harness.Services.GetRequiredService<FactsRefresher>().Options.MaxAge + TimeSpan.FromMinutes(1);
        await Announcer.LookAsync(Cluster("lab-west"), default);

        Assert.Equal(before.Select(b => b + 1), Logins("lab-west"));
        Assert.Single(Cards);
    }

    [Fact]
    public async Task AButton_FromSomeoneWhoMayNotReadTheCluster_IsRefused_AndPlansNothing()
    {
        await using var restricted = ChatHarness.Start(Lab, settings: new Dictionary<string, string?> { ["CertBot:Clusters:1:Requesters:0"] = ChatHarness.Requester });
        await restricted.InitializeAsync();
        var purge = new ViewAction("Plan purge of expired trust", ChatVerbs.PlanPurge, new Dictionary<string, string> { [ChatVerbs.ClusterKey] = "lab-west" });

        await restricted.ClickAsync(purge, "m1", ChatHarness.Outsider, "Otto");

        Assert.Empty(restricted.Thread.Posted<PlanView>());
        Assert.StartsWith("⛔ Otto:", restricted.Thread.Posted<TextView>().Single().Text, StringComparison.Ordinal);
    }

    /// <summary>CertBot's logins so far on each node of the cluster (each begins with <c>set cli pagination off</c>), from the lab's command logs.</summary>
    private int[] Logins(string cluster) => [.. Lab.Inventory.Cluster(cluster).Nodes.Select(n =>
        File.Exists(n.CommandLog) ? File.ReadLines(n.CommandLog).Count(l => l.EndsWith("\tset cli pagination off", StringComparison.Ordinal)) : 0)];

    private async Task<DateTimeOffset> NotAfterAsync(string cluster, string node, string unit)
    {
        var options = Cluster(cluster);
        var configured = options.Nodes.Single(n => n.Name == node);
        var read = await Harness.Services.GetRequiredService<InventoryReader>().ReadNodeAsync(new NodeRef(cluster, node, configured.Product, configured.Role), default);
        return read.Certificates.Single(c => c.IsIdentity && c.Unit == unit).NotAfter;
    }
}
