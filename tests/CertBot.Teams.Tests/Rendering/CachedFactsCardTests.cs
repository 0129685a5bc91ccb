using CertBot.Chat.Views;
using CertBot.Teams.Cards;
using CertBot.Teams.Rendering;
using CertBot.Teams.Tests.Support;

namespace CertBot.Teams.Tests.Rendering;

/// <summary>Answers from the facts cache say how old their facts are and offer Refresh; live answers offer no plan Refresh.</summary>
public sealed class CachedFactsCardTests
{
    [Fact]
    public void InventoryFromCache_SaysAsOfWhen_AndHasARefreshButton()
    {
        var card = CardJson.ToNode(TeamsCardRenderer.Render(SampleViews.CachedInventory())!);

        Assert.Contains("as of 06:35 UTC (7 min ago)", (string)card["body"]![1]!["text"]!, StringComparison.Ordinal);
        var refresh = Assert.Single(card["actions"]!.AsArray());
        Assert.Equal(("Action.Execute", "Refresh", ChatVerbs.RefreshFacts), ((string)refresh!["type"]!, (string)refresh["title"]!, (string)refresh["verb"]!));
        Assert.Equal("lab-east", (string)refresh["data"]![ChatVerbs.ClusterKey]!);
    }

    [Fact]
    public void PlanFromCache_SaysAsOfWhen_AndThatItIsReCheckedLive_AndHasARefreshButton()
    {
        var card = CardJson.ToNode(TeamsCardRenderer.Render(SampleViews.CachedPlan())!);
        var live = CardJson.ToNode(TeamsCardRenderer.Render(SampleViews.OpenPlan())!);

        Assert.Contains("facts as of 06:35 UTC (7 min ago); re-checked live before the first change", (string)card["body"]![1]!["text"]!, StringComparison.Ordinal);
        Assert.Equal(["Request approval", "Cancel", "Refresh"], card["actions"]!.AsArray().Select(a => (string)a!["title"]!));
        Assert.DoesNotContain("as of", live.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(live["actions"]!.AsArray(), a => (string)a!["verb"]! == ChatVerbs.RefreshFacts);
    }
}
