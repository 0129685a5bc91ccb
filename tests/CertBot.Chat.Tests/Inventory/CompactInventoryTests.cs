using CertBot.Chat.Inventory;
using CertBot.Chat.Views;
using CertBot.Testing.Labs;

namespace CertBot.Chat.Tests.Inventory;

/// <summary>The compact inventory and a node's every certificate, on the 20 × 60 cluster whose every figure is known.</summary>
public sealed class CompactInventoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);

    private static InventoryView Compact(int? days = null) =>
        CompactInventory.Of(LargeCluster.Name, LargeCluster.Facts(Now).Nodes, Now, Now, days, days ?? 30, ViewLimits.ListLines);

    [Fact]
    public void EveryNode_HasOneRowOfCounts_InWorkOrder()
    {
        var view = Compact();

        Assert.Equal(LargeCluster.NodeNames, view.Nodes.Select(n => n.Node));
        for (var i = 0; i < LargeCluster.NodeCount; i++)
        {
            var row = view.Nodes[i];
            var expired = LargeCluster.ExpiredTomcat.Contains(i) ? 1 : 0;
            var expiring = LargeCluster.ExpiringIpsec.Contains(i) ? 1 : 0;
            Assert.Equal((i < 14 ? 8 : 9) - expired - expiring, row.IdentityValid);
            Assert.Equal((expiring, expired, 2), (row.IdentityExpiring, row.IdentityExpired, row.TrustExpired));
            // DirSync is not activated: only the stopped CallManager / XCP Router counts as down.
            Assert.Equal(LargeCluster.ServiceDown.Contains(i) ? 1 : 0, row.ServicesDown);
            Assert.Equal(new Dictionary<string, string> { [ChatVerbs.ClusterKey] = LargeCluster.Name, [ChatVerbs.NodeKey] = row.Node }, row.ShowAll.Data);
        }

        Assert.Equal(("CUCM publisher", "CUCM subscriber", "IM and Presence publisher", "IM and Presence subscriber"),
            (view.Nodes[0].Description, view.Nodes[1].Description, view.Nodes[14].Description, view.Nodes[15].Description));
        Assert.Equal((4 + 40, 5), (view.Expired, view.Expiring));
    }

    [Fact]
    public void Attention_MostUrgentFirst_CappedWithAnHonestCount()
    {
        var view = Compact();

        Assert.Equal(ViewLimits.ListLines, view.Attention.Count);
        // 4 expired tomcat + 5 expiring ipsec + 40 expired trust + 20 expiring trust need attention; 40 are shown.
        Assert.Equal(69 - 40, view.AttentionNotShown);
        Assert.Equal([(16, -19), (11, -14), (6, -9), (1, -4)], view.Attention.Take(4).Select(r => (Index(r.Node), r.DaysLeft)));
        Assert.All(view.Attention.Take(4), r => Assert.True(r.Expired && r.Unit == "tomcat" && r.IsIdentity));
        Assert.Equal([(2, 2), (6, 6), (10, 10), (14, 14), (18, 18)], view.Attention.Skip(4).Take(5).Select(r => (Index(r.Node), r.DaysLeft)));
        Assert.All(view.Attention.Skip(9), r => Assert.True(r.Expired && !r.IsIdentity));
        Assert.Equal(("imp-sub5", "CallManager-trust", -219), (view.Attention[9].Node, view.Attention[9].Store, view.Attention[9].DaysLeft));
        Assert.Equal(view.Attention.Skip(9).OrderBy(r => r.DaysLeft), view.Attention.Skip(9));
        // The rest are on every node (each has a trust certificate expiring within 30 days).
        Assert.Equal(LargeCluster.NodeNames, view.NotShownOn);
        Assert.Equal("… and 29 more on 20 nodes: `show all for <node>` (or the node's All certificates button) lists every certificate of a node", view.NotShownHint);
    }

    [Fact]
    public void Keeping_FewerAttentionRows_CountsWhatItLeavesOut_OnTheNodesItIsOn()
    {
        var view = Compact();

        var shorter = view.Keeping(4);

        Assert.Equal(view.Attention.Take(4), shorter.Attention);
        Assert.Equal(29 + 36, shorter.AttentionNotShown);
        Assert.Equal(LargeCluster.NodeNames, shorter.NotShownOn);
        var one = CompactInventory.Of("c", LargeCluster.Facts(Now).Nodes.Take(2), Now, Now, null, 30, 40);
        Assert.Single(one.Keeping(1).Attention);
        Assert.Equal(["cucm-pub", "cucm-sub1"], one.Keeping(1).NotShownOn);
        Assert.Equal(["cucm-sub1"], one.Keeping(one.Attention.Count - 1).NotShownOn);
    }

    [Fact]
    public void ExpiringWithin_IsTheThreshold_OfCountsAndAttention()
    {
        var view = Compact(days: 10);

        Assert.Equal(10, view.ThresholdDays);
        Assert.Equal([0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1], view.Nodes.Take(11).Select(n => n.IdentityExpiring));
        Assert.DoesNotContain(view.Attention, r => !r.Expired && r.DaysLeft > 10);
        Assert.Equal("expiring within 10 days", view.Filter);
        Assert.All(view.Nodes, n => Assert.Equal("10", n.ShowAll.Data[ChatVerbs.DaysKey]));
    }

    [Fact]
    public void NothingNeedsAttention_IsSaid_WhenNothingIs()
    {
        var node = LargeCluster.Facts(Now).Nodes[0];
        var clean = node with { Certificates = [.. node.Certificates.Where(c => c.NotAfter > Now.AddDays(31))] };

        var view = CompactInventory.Of("c", [clean], Now, Now, null, 30, 40);

        Assert.Empty(view.Attention);
        Assert.Null(view.NotShownHint);
        Assert.Equal("Nothing needs attention: no certificate expired or expiring within 30 days.", view.NothingNeedsAttention);
    }

    [Fact]
    public void NodeCertificates_OfA60CertificateNode_AreOneCard_IdentityFirstThenTrustByStore()
    {
        var node = LargeCluster.Facts(Now).Nodes[6];

        var page = Assert.Single(NodeCertificatePages.Of(LargeCluster.Name, node, Now, Now, 30));

        Assert.Equal((60, 60, 0, 0, "all 60"), (page.Rows.Count, page.Total, page.First, page.NotShown, page.Range));
        Assert.All(page.Rows.Take(8), r => Assert.True(r.IsIdentity));
        Assert.All(page.Rows.Skip(8), r => Assert.False(r.IsIdentity));
        Assert.Equal(page.Rows.Skip(8).OrderBy(r => r.Store, StringComparer.Ordinal).ThenBy(r => r.NotAfter), page.Rows.Skip(8));
        Assert.Equal("EXPIRED · own tomcat: tomcat.pem · expired 2026-11-26 (9 days ago)", page.Line(page.Rows.Single(r => r.Unit == "tomcat")));
        Assert.Equal("expiring · own ipsec: ipsec.pem · expires 2026-12-11 (6 days left)", page.Line(page.Rows.Single(r => r.Unit == "ipsec")));
    }

    [Theory]
    [InlineData(230, new[] { 100, 100, 30 }, 0)]
    [InlineData(620, new[] { 100, 100, 100, 100, 100 }, 120)]
    public void NodeCertificates_OfAHugeNode_ArePaged_AndTheLastPageSaysHowManyMore(int certificates, int[] pages, int notShown)
    {
        var node = LargeCluster.Facts(Now).Nodes[0];
        var huge = node with { Certificates = [.. Enumerable.Range(0, certificates).Select(i => node.Certificates[i % 60] with { File = $"f{i}.pem" })] };

        var posted = NodeCertificatePages.Of(LargeCluster.Name, huge, Now, Now, 30);

        Assert.Equal(pages, posted.Select(p => p.Rows.Count));
        Assert.All(posted, p => Assert.Equal(certificates, p.Total));
        Assert.Equal("101–200 of " + certificates, posted[1].Range);
        Assert.Equal(notShown, posted[^1].NotShown);
        Assert.All(posted.SkipLast(1), p => Assert.Equal(0, p.NotShown));
    }

    private static int Index(string node) => LargeCluster.NodeNames.ToList().IndexOf(node);
}
