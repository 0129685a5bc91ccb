using System.Text.Json;
using CertBot.Chat.Views;
using CertBot.Slack.BlockKit;
using CertBot.Slack.Rendering;
using CertBot.Slack.Tests.Support;

namespace CertBot.Slack.Tests.Rendering;

/// <summary>Answers from the facts cache in Slack: how old the facts are, a Refresh button, and within Block Kit's limits at any size.</summary>
public sealed class CachedFactsBlocksTests
{
    [Theory]
    [InlineData(5, 30)]
    [InlineData(60, 200)]
    public void InventoryFromCache_SaysAsOfWhen_HasRefresh_AndFitsSlacksLimits(int nodes, int length)
    {
        var json = Json(SlackRenderer.Render(SampleViews.CachedInventory(nodes, length)));

        Assert.Empty(BlockKitLimitCheck.Problems(json));
        Assert.Contains("as of 06:35 UTC (7 min ago)", json.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(ChatVerbs.RefreshFacts, Buttons(json));
    }

    [Theory]
    [InlineData(6, 60)]
    [InlineData(300, 300)]
    public void PlanFromCache_SaysAsOfWhen_AndThatItIsReCheckedLive_HasRefresh_AndFitsSlacksLimits(int steps, int length)
    {
        var json = Json(SlackRenderer.Render(SampleViews.CachedPlan(steps, length)));
        var live = Json(SlackRenderer.Render(SampleViews.Plan(steps, length)));

        Assert.Empty(BlockKitLimitCheck.Problems(json));
        Assert.Contains("Facts as of 06:35 UTC (7 min ago); re-checked live before the first change", json.GetRawText(), StringComparison.Ordinal);
        Assert.Equal([ChatVerbs.RequestApproval, ChatVerbs.CancelPlan, ChatVerbs.RefreshFacts], Buttons(json));
        Assert.DoesNotContain("as of", live.GetRawText(), StringComparison.Ordinal);
    }

    private static JsonElement Json(SlackMessage message) => JsonDocument.Parse(BlockKitJson.Serialize(message.Blocks)).RootElement;

    private static List<string> Buttons(JsonElement blocks) =>
    [
        .. blocks.EnumerateArray().Where(b => b.GetProperty("type").GetString() == "actions")
            .SelectMany(b => b.GetProperty("elements").EnumerateArray()).Select(e => e.GetProperty("action_id").GetString()!),
    ];
}
