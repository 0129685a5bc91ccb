using CertBot.Cisco.Inventory;

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
        var runner = new InventoryRunner(connection.Port, TimeProvider.System, 8);
        var reported = new List<string>();

        var result = await runner.RunAsync(connection.Options.Clusters.Where(c => c.Name == "lab-east"), n => reported.Add(n.Node.Name), CancellationToken.None);

        var east = Assert.Single(result);
        Assert.Equal(["cucm-pub", "cucm-sub1", "imp-pub", "imp-sub1", "imp-sub2"], east.Nodes.Select(n => n.Node.Name));
        Assert.Equal(5, reported.Count);
        Assert.All(east.Nodes, n =>
        {
            Assert.Null(n.Error);
            Assert.True(n.Reachable);
            Assert.NotNull(n.Version);
            Assert.Contains(n.Certificates, c => c.IsIdentity && c.Unit == "tomcat");
            Assert.NotEmpty(n.Services);
        });
        Assert.Contains(east.Nodes.SelectMany(n => n.Certificates), c => !c.IsIdentity && c.IsExpired(DateTimeOffset.UtcNow));
        Assert.Contains(east.Nodes.Single(n => n.Node.Name == "imp-sub2").Certificates, c => c.Unit == "cup-xmpp" && !c.SelfSigned);
        Assert.Equal(5, east.Nodes.Single(n => n.Node.Name == "cucm-pub").ClusterMembers.Count);
        foreach (var node in nodes)
        {
            Assert.Equal(1, CommandLog.Logins(CommandLog.Commands(node.CommandLog).Skip(before[node.Name])));
        }
    }
}
