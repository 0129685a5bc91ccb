using CertBot.Engine.Inventory;
using CertBot.Engine.Inventory.Cache;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;
using CertBot.Engine.Storage;

namespace CertBot.Storage.Tests;

/// <summary>The facts cache's rows: facts with their time, and the refresh lease several instances share.</summary>
public abstract partial class EngineStoreContract
{
    private static readonly DateTimeOffset RefreshUntil = TestRuns.Now.AddMinutes(10);

    public static ClusterFacts Facts(string cluster, DateTimeOffset readAt, string tomcatSerial = "5A01")
    {
        var publisher = new NodeRef(cluster, "cucm-pub", Product.Cucm, NodeRole.Publisher);
        var subscriber = new NodeRef(cluster, "cucm-sub1", Product.Cucm, NodeRole.Subscriber);
        var tomcat = new CertificateInfo("own", "tomcat", "tomcat.pem", "CN=cucm-pub", "CN=cucm-pub", tomcatSerial,
            readAt.AddYears(-1), readAt.AddDays(20), ["cucm-pub.east.lab"], true, "RSA", 2048, "SHA256withRSA", "AB12");
        var trust = tomcat with { Store = "tomcat-trust", Unit = "tomcat-trust", File = "old-ca.pem", SelfSigned = false, NotAfter = readAt.AddDays(-3) };
        return new ClusterFacts(cluster, readAt,
        [
            new NodeInventory(publisher, "14.0.1.13900-155", true, null, null, [tomcat, trust],
                [new ServiceStatus("Cisco Tomcat", ServiceState.Started, null), new ServiceStatus("Cisco DRF Local", ServiceState.Stopped, "Service Not Activated")],
                [new ClusterMember("10.0.0.1", "cucm-pub.east.lab", "cucm-pub", Product.Cucm, NodeRole.Publisher, true, true)],
                TimeSpan.FromSeconds(6.5))
            {
                Replication = new ReplicationState(2, [new ReplicationServer("cucm-pub", "10.0.0.1", "Y/Y/Y", "0", 2, "Setup Completed")]),
            },
            new NodeInventory(subscriber, null, false, "cucm-sub1 unreachable: connection refused", NodeFailure.Unreachable, [], [], [], TimeSpan.FromSeconds(1)),
        ]);
    }

    [Fact]
    public async Task Facts_AreReadBackWhole_WithTheirTime()
    {
        var saved = Facts("lab-east", TestRuns.Now);

        await Store.SaveFactsAsync(saved, default);
        var read = await Store.FactsOfAsync("lab-east", default);

        Assert.NotNull(read);
        Assert.Equal(TestRuns.Now, read.ReadAt);
        Assert.Equal(EngineJson.Serialize(saved), EngineJson.Serialize(read));
        Assert.Equal(2, read.Nodes[0].Replication!.ServerCount);
        Assert.Equal(NodeFailure.Unreachable, read.Nodes[1].Failure);
        Assert.False(read.Complete);
        Assert.Null(await Store.FactsOfAsync("lab-west", default));
    }

    [Fact]
    public async Task Facts_ReadEarlier_NeverReplaceFactsReadLater()
    {
        await Store.SaveFactsAsync(Facts("lab-east", TestRuns.Now.AddMinutes(5), "NEWER"), default);
        await Store.SaveFactsAsync(Facts("lab-east", TestRuns.Now, "OLDER"), default);

        var read = await Store.FactsOfAsync("lab-east", default);
        Assert.Equal(TestRuns.Now.AddMinutes(5), read!.ReadAt);
        Assert.Equal("NEWER", read.Nodes[0].Certificates[0].Serial);

        await Store.SaveFactsAsync(Facts("lab-east", TestRuns.Now.AddMinutes(9), "NEWEST"), default);
        Assert.Equal("NEWEST", (await Store.FactsOfAsync("lab-east", default))!.Nodes[0].Certificates[0].Serial);
    }

    [Fact]
    public async Task RefreshLease_WhileAnotherInstanceHoldsIt_IsRefused_AfterItExpires_IsGranted()
    {
        Assert.True(await Store.TryClaimRefreshAsync("lab-east", "a", TestRuns.Now, RefreshUntil, default));
        Assert.False(await Store.TryClaimRefreshAsync("lab-east", "b", TestRuns.Now.AddMinutes(9), RefreshUntil.AddMinutes(9), default));
        Assert.True(await Store.TryClaimRefreshAsync("lab-west", "b", TestRuns.Now, RefreshUntil, default));
        Assert.True(await Store.TryClaimRefreshAsync("lab-east", "a", TestRuns.Now.AddMinutes(1), RefreshUntil.AddMinutes(1), default));

        Assert.True(await Store.TryClaimRefreshAsync("lab-east", "b", RefreshUntil.AddMinutes(1), RefreshUntil.AddMinutes(11), default));
    }

    [Fact]
    public async Task RefreshLease_ReleasedByItsHolder_IsFreeAtOnce_ButOnlyTheHolderReleasesIt_AndTheFactsStay()
    {
        await Store.SaveFactsAsync(Facts("lab-east", TestRuns.Now), default);
        Assert.True(await Store.TryClaimRefreshAsync("lab-east", "a", TestRuns.Now, RefreshUntil, default));

        await Store.ReleaseRefreshAsync("lab-east", "b", default);
        Assert.False(await Store.TryClaimRefreshAsync("lab-east", "b", TestRuns.Now, RefreshUntil, default));
        await Store.ReleaseRefreshAsync("lab-east", "a", default);

        Assert.True(await Store.TryClaimRefreshAsync("lab-east", "b", TestRuns.Now, RefreshUntil, default));
        Assert.Equal(TestRuns.Now, (await Store.FactsOfAsync("lab-east", default))!.ReadAt);
    }

    [Fact]
    public async Task ParallelRefreshClaims_OfANewCluster_ExactlyOneWins()
    {
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Store.TryClaimRefreshAsync("lab-new", $"w{i}", TestRuns.Now, RefreshUntil, default)));

        Assert.Single(claims, c => c);
        Assert.Null(await Store.FactsOfAsync("lab-new", default));
    }
}
