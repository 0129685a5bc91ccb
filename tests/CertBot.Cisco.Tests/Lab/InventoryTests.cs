using CertBot.Cisco.Configuration;
using CertBot.Engine.Inventory;

namespace CertBot.Cisco.Tests.Lab;

[Collection(SharedCiscoLab.Name)]
public sealed class InventoryTests(CiscoLab lab)
{
    [Fact]
    public async Task Inventory_OfLabEast_ReportsEveryNodeOverExactlyOneLoginEach()
    {
        using var connection = new LabConnection(lab);
        var nodes = lab.Inventory.Cluster("lab-east").Nodes;
        var before = nodes.ToDictionary(n => n.Name, n => CommandLog.Commands(n.CommandLog).Count);
        var inventory = new InventoryReader(connection.Port, TimeProvider.System, 8);
        var reported = new List<string>();

        var east = connection.Options.Clusters.Single(c => c.Name == "lab-east");
        var result = await inventory.ReadAsync(east.Nodes.Select(n => NodeDirectory.ToRef(east, n)), n => reported.Add(n.Node.Name), CancellationToken.None);

        var read = Assert.Single(result);
        Assert.Equal(["cucm-pub", "cucm-sub1", "imp-pub", "imp-sub1", "imp-sub2"], read.Nodes.Select(n => n.Node.Name));
        Assert.Equal(5, reported.Count);
        Assert.All(read.Nodes, n =>
        {
            Assert.Null(n.Error);
            Assert.True(n.Reachable);
            Assert.NotNull(n.Version);
            Assert.Contains(n.Certificates, c => c.IsIdentity && c.Unit == "tomcat");
            Assert.NotEmpty(n.Services);
        });
        Assert.Contains(read.Nodes.SelectMany(n => n.Certificates), c => !c.IsIdentity && c.IsExpired(DateTimeOffset.UtcNow));
        Assert.Contains(read.Nodes.Single(n => n.Node.Name == "imp-sub2").Certificates, c => c.Unit == "cup-xmpp" && !c.SelfSigned);
        Assert.Equal(5, read.Nodes.Single(n => n.Node.Name == "cucm-pub").ClusterMembers.Count);
        foreach (var node in nodes)
        {
            Assert.Equal(1, CommandLog.Logins(CommandLog.Commands(node.CommandLog).Skip(before[node.Name])));
        }
    }
}
