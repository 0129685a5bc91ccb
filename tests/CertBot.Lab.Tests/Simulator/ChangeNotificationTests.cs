using System.Security.Cryptography.X509Certificates;
using CertBot.Lab.State;

namespace CertBot.Lab.Tests.Simulator;

/// <summary>
/// Certificate Change Notification: a regenerated identity certificate replaces the copy the cluster's other nodes
/// hold in the unit's trust store; a peer that never held one gets none; a peer with the nochangenotification
/// fault keeps the old copy.
/// </summary>
public sealed class ChangeNotificationTests : IClassFixture<SimulatorLabFixture>
{
    private readonly SimulatorLab lab;

    public ChangeNotificationTests(SimulatorLabFixture fixture) => lab = fixture.Lab;

    [Fact]
    public async Task RegeneratedTomcat_ReplacesTheCopyInEveryPeersTomcatTrust_UnifiedCmAndImAndPresence()
    {
        const string file = "cucm-sub1.east.lab.example.pem";
        string[] peers = ["cucm-pub", "imp-pub", "imp-sub1", "imp-sub2"];
        var old = Own("lab-east", "cucm-sub1", "tomcat");
        Assert.All(peers, p => Assert.Equal(old.SerialNumber, Trust("lab-east", p, "tomcat-trust", file).SerialNumber));

        await RegenerateAsync("lab-east", "cucm-sub1", "tomcat");

        var renewed = Own("lab-east", "cucm-sub1", "tomcat");
        Assert.NotEqual(old.SerialNumber, renewed.SerialNumber);
        Assert.All(peers, p => Assert.Equal(renewed.RawData, Trust("lab-east", p, "tomcat-trust", file).RawData));
    }

    [Fact]
    public async Task RegeneratedCup_ReachesTheImAndPresencePeers_AndCreatesNoStoreWhereThereWasNoCopy()
    {
        const string file = "imp-sub2.east.lab.example.pem";

        await RegenerateAsync("lab-east", "imp-sub2", "cup");

        var renewed = Own("lab-east", "imp-sub2", "cup");
        Assert.Equal(renewed.RawData, Trust("lab-east", "imp-pub", "cup-trust", file).RawData);
        Assert.Equal(renewed.RawData, Trust("lab-east", "imp-sub1", "cup-trust", file).RawData);
        Assert.False(lab.Store("lab-east", "cucm-pub").Files.HasTrust("cup-trust", file));
        Assert.DoesNotContain("cup-trust", lab.Store("lab-east", "cucm-pub").Files.TrustStores());
    }

    [Fact]
    public async Task APeerWithTheNoChangeNotificationFault_KeepsTheOldCopy_TheOthersGetTheNewOne()
    {
        const string file = "cucm-pub.east.lab.example.pem";
        var old = Own("lab-east", "cucm-pub", "tomcat");
        var peer = lab.StateDir("lab-east", "imp-pub");
        new NodeFaults { NoChangeNotification = true }.Save(peer);
        try
        {
            await RegenerateAsync("lab-east", "cucm-pub", "tomcat");
        }
        finally
        {
            new NodeFaults().Save(peer);
        }

        var renewed = Own("lab-east", "cucm-pub", "tomcat");
        Assert.NotEqual(old.RawData, renewed.RawData);
        Assert.Equal(old.RawData, Trust("lab-east", "imp-pub", "tomcat-trust", file).RawData);
        Assert.All(["cucm-sub1", "imp-sub1", "imp-sub2"], p => Assert.Equal(renewed.RawData, Trust("lab-east", p, "tomcat-trust", file).RawData));
    }

    private async Task RegenerateAsync(string cluster, string node, string unit)
    {
        await using var console = await lab.LoginAsync(cluster, node);
        await console.RunUntilAsync($"set cert regen {unit}", "(yes|no)? ");
        Assert.Contains($"Successfully Regenerated Certificate for {unit}.", await console.AnswerAsync("yes"), StringComparison.Ordinal);
    }

    private X509Certificate2 Own(string cluster, string node, string unit) =>
        X509Certificate2.CreateFromPem(lab.Store(cluster, node).Files.ReadOwnCertificate(unit));

    private X509Certificate2 Trust(string cluster, string node, string store, string file) =>
        X509Certificate2.CreateFromPem(lab.Store(cluster, node).Files.ReadTrust(store, file));
}
