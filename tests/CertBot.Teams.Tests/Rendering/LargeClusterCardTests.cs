using CertBot.Chat.Views;
using CertBot.Teams.Cards;
using CertBot.Teams.Rendering;
using CertBot.Teams.Tests.Support;
using CertBot.Testing.Labs;
using Xunit.Abstractions;

namespace CertBot.Teams.Tests.Rendering;

/// <summary>
/// A cluster of real size, 20 nodes × 60 certificates: the inventory card and every node's All certificates card stay
/// under Teams' 28 KB and render clean in Microsoft's renderer.
/// </summary>
public sealed class LargeClusterCardTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(null)]
    [InlineData(3650)]
    public async Task InventoryCard_Of20Nodes_StaysUnder28KB_AndRendersClean(int? days)
    {
        var card = TeamsCardRenderer.Render(SampleViews.LargeInventory(days))!;
        var size = CardJson.SizeInBytes(card);
        output.WriteLine($"inventory card of {LargeCluster.NodeCount} × {LargeCluster.CertificatesPerNode} (expiring {days?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "default"}): {size} bytes");

        Assert.True(size < CardJson.MaxBytes, $"{size} bytes");
        Assert.Equal(ViewLimits.ListLines, System.Text.RegularExpressions.Regex.Count(System.Text.RegularExpressions.Regex.Unescape(CardJson.ToNode(card).ToJsonString()), @"- [\w-]+ · (own|[\w-]+-trust)"));
        var problems = await AdaptiveCardsRenderer.CheckAsync(new Dictionary<string, AdaptiveCard> { ["inventory"] = card });
        Assert.Empty(problems["inventory"]);
        var json = CardJson.ToNode(card);
        var rows = json["body"]!.AsArray().Single(e => (string)e!["type"]! == "Table")!["rows"]!.AsArray();
        Assert.Equal(LargeCluster.NodeCount + 1, rows.Count);
        Assert.Equal(LargeCluster.NodeCount, rows.Count(r => r!.ToJsonString().Contains("\"All certificates\"", StringComparison.Ordinal)));
        Assert.Contains("more on 20 nodes: `show all for <node>`", System.Text.RegularExpressions.Regex.Unescape(json.ToJsonString()), StringComparison.Ordinal);
    }

    [Fact]
    public void InventoryCard_WithLongNodeNames_ListsFewerCertificates_AndCountsTheRest_ToStayUnder28KB()
    {
        var view = SampleViews.LargeInventory();
        var rename = view.Nodes.ToDictionary(n => n.Node, n => $"{n.Node}.voice-datacenter-frankfurt-02.corp.example.com");
        var longNames = view with
        {
            Nodes = [.. view.Nodes.Select(n => n with { Node = rename[n.Node], ShowAll = n.ShowAll with { Data = new Dictionary<string, string>(n.ShowAll.Data) { [ChatVerbs.NodeKey] = rename[n.Node] } } })],
            Attention = [.. view.Attention.Select(r => r with { Node = rename[r.Node] })],
            NotShownOn = [.. view.NotShownOn.Select(n => rename[n])],
        };

        var card = TeamsCardRenderer.Render(longNames)!;
        var size = CardJson.SizeInBytes(card);
        output.WriteLine($"inventory card with 60-character node names: {size} bytes");

        Assert.True(size < CardJson.MaxBytes - (4 * 1024), $"{size} bytes");
        var text = System.Text.RegularExpressions.Regex.Unescape(CardJson.ToNode(card).ToJsonString());
        var listed = System.Text.RegularExpressions.Regex.Count(text, @"\.corp\.example\.com · (own|[\w-]+-trust)");
        Assert.InRange(listed, 1, view.Attention.Count - 1);
        // What is left out is counted: listed + not shown = every certificate needing attention.
        Assert.Contains($"… and {69 - listed} more on 20 nodes", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AllCertificatesCardOfEachNode_StaysUnder28KB_ListsAll60_AndRendersClean()
    {
        var nodes = SampleViews.LargeNodes();
        Assert.Equal(LargeCluster.NodeCount, nodes.Count);
        var cards = nodes.ToDictionary(n => n.Node, n => TeamsCardRenderer.Render(n)!);
        var sizes = cards.ToDictionary(c => c.Key, c => CardJson.SizeInBytes(c.Value));
        output.WriteLine($"node cards: {sizes.Values.Min()}–{sizes.Values.Max()} bytes");

        Assert.All(sizes, s => Assert.True(s.Value < CardJson.MaxBytes, $"{s.Key}: {s.Value} bytes"));
        Assert.All(nodes, n => Assert.Equal((LargeCluster.CertificatesPerNode, "all 60"), (n.Rows.Count, n.Range)));
        var problems = await AdaptiveCardsRenderer.CheckAsync(cards);
        Assert.All(problems, p => Assert.True(p.Value.Count == 0, $"{p.Key}: {string.Join("; ", p.Value)}"));
        var text = System.Text.RegularExpressions.Regex.Unescape(CardJson.ToNode(cards["cucm-sub6"]).ToJsonString());
        Assert.Contains("Identity certificates (8)", text, StringComparison.Ordinal);
        Assert.Contains("Trust certificates (52)", text, StringComparison.Ordinal);
        Assert.Contains("EXPIRED · own tomcat: tomcat.pem", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AllCertificatesCard_OfANodeWithHundreds_IsPaged_EachUnder28KB()
    {
        var node = LargeCluster.Facts(DateTimeOffset.UnixEpoch).Nodes[0];
        var huge = node with { Certificates = [.. Enumerable.Range(0, 700).Select(i => node.Certificates[i % 60] with { File = $"a-rather-long-trust-file-name-of-a-partner-ca-{i}.pem" })] };

        var pages = Chat.Inventory.NodeCertificatePages.Of("big", huge, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 30);
        var sizes = pages.Select(p => CardJson.SizeInBytes(TeamsCardRenderer.Render(p)!)).ToList();
        output.WriteLine($"pages of a 700-certificate node: {string.Join(", ", sizes)} bytes");

        Assert.Equal(5, pages.Count);
        Assert.All(sizes, s => Assert.True(s < CardJson.MaxBytes, $"{s} bytes"));
        Assert.Contains("200 more not shown", System.Text.RegularExpressions.Regex.Unescape(CardJson.ToNode(TeamsCardRenderer.Render(pages[^1])!).ToJsonString()), StringComparison.Ordinal);
        Assert.DoesNotContain("more not shown", CardJson.ToNode(TeamsCardRenderer.Render(pages[0])!).ToJsonString(), StringComparison.Ordinal);
    }

}
