using System.Text.Json;
using CertBot.Chat.Inventory;
using CertBot.Chat.Views;
using CertBot.Slack.BlockKit;
using CertBot.Slack.Rendering;
using CertBot.Slack.Tests.Support;
using CertBot.Testing.Labs;
using Xunit.Abstractions;

namespace CertBot.Slack.Tests.Rendering;

/// <summary>A cluster of real size, 20 nodes × 60 certificates, in Slack: the inventory and each node's answer within Block Kit's limits, nothing cut.</summary>
public sealed class LargeClusterBlocksTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Inventory_Of20Nodes_FitsWithoutTheLastResortCut_WithAnAllCertificatesButtonPerNode()
    {
        var view = CompactInventory.Of(LargeCluster.Name, LargeCluster.Facts(Now).Nodes, Now, Now, null, 30, ViewLimits.ListLines)
            with { Actions = [FactsAge.RefreshAction(new Dictionary<string, string> { [ChatVerbs.ClusterKey] = LargeCluster.Name })] };

        var json = Json(SlackRenderer.Render(view));
        output.WriteLine($"inventory: {json.GetArrayLength()} blocks, {json.GetRawText().Length} characters");

        Assert.Empty(BlockKitLimitCheck.Problems(json));
        Assert.DoesNotContain("Slack shows at most", json.GetRawText(), StringComparison.Ordinal);
        var accessories = json.EnumerateArray().Where(b => b.TryGetProperty("accessory", out _)).Select(b => b.GetProperty("accessory")).ToList();
        Assert.Equal(LargeCluster.NodeCount, accessories.Count);
        Assert.Equal(LargeCluster.NodeNames, accessories.Select(a => JsonDocument.Parse(a.GetProperty("value").GetString()!).RootElement.GetProperty(ChatVerbs.NodeKey).GetString()));
        Assert.All(accessories, a => Assert.Equal(ChatVerbs.ShowAll, SlackActionIds.VerbOf(a.GetProperty("action_id").GetString()!)));
        var text = Text(json);
        Assert.Contains("*cucm-sub1* · CUCM subscriber\nidentity: 7 valid · 0 expiring ≤ 30 d · 1 expired · trust: 2 expired · services down: 0", text, StringComparison.Ordinal);
        Assert.Contains(":red_circle: imp-sub2 · own tomcat: tomcat.pem · expired 2026-11-16 (19 days ago)", text, StringComparison.Ordinal);
        Assert.Contains("… and 29 more on 20 nodes", text, StringComparison.Ordinal);
        Assert.Equal(ChatVerbs.RefreshFacts, json[json.GetArrayLength() - 1].GetProperty("elements")[0].GetProperty("action_id").GetString());
    }

    [Fact]
    public void EveryNodesCertificates_FitWithoutTheLastResortCut_AndListAll60()
    {
        foreach (var node in LargeCluster.Facts(Now).Nodes)
        {
            var page = Assert.Single(NodeCertificatePages.Of(LargeCluster.Name, node, Now, Now, 30));
            var json = Json(SlackRenderer.Render(page));

            Assert.Empty(BlockKitLimitCheck.Problems(json));
            Assert.DoesNotContain("Slack shows at most", json.GetRawText(), StringComparison.Ordinal);
            var text = Text(json);
            Assert.Equal(LargeCluster.CertificatesPerNode, node.Certificates.Count(c => text.Contains(c.File, StringComparison.Ordinal)));
            if (node.Node.Name == "cucm-sub6")
            {
                output.WriteLine($"cucm-sub6: {json.GetArrayLength()} blocks, {json.GetRawText().Length} characters");
                Assert.Contains(":red_circle: EXPIRED · own tomcat: tomcat.pem", text, StringComparison.Ordinal);
                Assert.Contains(":warning: expiring · own ipsec: ipsec.pem · expires 2026-12-11 (6 days left)", text, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>The wire JSON as a person reads it (the serializer writes "·" as an escape).</summary>
    private static string Text(JsonElement json) => System.Text.RegularExpressions.Regex.Unescape(json.GetRawText());

    private static JsonElement Json(SlackMessage message) => JsonDocument.Parse(BlockKitJson.Serialize(message.Blocks)).RootElement;
}
