using System.Text.Json;

namespace CertBot.Lab.Tests.EndToEnd;

/// <summary>What <c>up</c> writes for CertBot and for people: inventory.json and certbot.json.</summary>
[Collection(SharedLab.Name)]
public sealed class RuntimeFilesTests(LabTestsLab lab)
{
    [Fact]
    public void FilesHoldingPasswords_AreReadableByTheirOwnerOnly()
    {
        foreach (var file in new[] { lab.InventoryPath, lab.CertBotConfigPath })
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public void Inventory_ListsBothClustersInConfiguredOrder()
    {
        var east = lab.Inventory.Cluster("lab-east");
        var west = lab.Inventory.Cluster("lab-west");

        Assert.Equal(["cucm-pub", "cucm-sub1", "imp-pub", "imp-sub1", "imp-sub2"], east.Nodes.Select(n => n.Name));
        Assert.Equal(["cucm-pub", "cucm-sub1"], west.Nodes.Select(n => n.Name));
        Assert.Equal("14.0.1.13900-155", east.Version);
        Assert.Equal("12.5.1.14900-63", west.Version);
        Assert.Equal("127.0.5.11", east.Node("cucm-pub").Host);
        Assert.Equal("127.0.5.22", west.Node("cucm-sub1").Host);
        Assert.Equal(("127.0.5.10", "sftpuser", "/drop"), (lab.Inventory.Sftp.Host, lab.Inventory.Sftp.Username, lab.Inventory.Sftp.Directory));
        Assert.All(east.Nodes.Concat(west.Nodes), n => Assert.Equal(("admin", lab.Port), (n.Username, n.Port)));
        Assert.NotEqual(east.Nodes[0].Password, lab.Inventory.Sftp.Password);
    }

    [Fact]
    public void CertBotConfig_DescribesTheSameNodesInCertBotsFormat()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(lab.CertBotConfigPath));
        var root = document.RootElement.GetProperty("CertBot");

        var clusters = root.GetProperty("Clusters").EnumerateArray().ToList();
        Assert.Equal(lab.Inventory.Clusters.Select(c => c.Name), clusters.Select(c => c.GetProperty("Name").GetString()));
        foreach (var cluster in clusters)
        {
            var expected = lab.Inventory.Cluster(cluster.GetProperty("Name").GetString()!).Nodes;
            var nodes = cluster.GetProperty("Nodes").EnumerateArray().ToList();
            Assert.Equal(expected.Count, nodes.Count);
            foreach (var (node, want) in nodes.Zip(expected))
            {
                Assert.Equal(want.Name, node.GetProperty("Name").GetString());
                Assert.Equal(want.Host, node.GetProperty("Host").GetString());
                Assert.Equal(want.Port, node.GetProperty("Port").GetInt32());
                Assert.Equal(want.Product, node.GetProperty("Product").GetString());
                Assert.Equal(want.Role, node.GetProperty("Role").GetString());
                Assert.Equal(want.Username, node.GetProperty("Username").GetString());
                Assert.Equal(want.Password, node.GetProperty("Password").GetString());
                Assert.Equal(want.HostKeySha256, node.GetProperty("HostKeySha256").GetString());
            }
        }

        var sftp = root.GetProperty("Sftp");
        Assert.Equal(lab.Inventory.Sftp.Host, sftp.GetProperty("Host").GetString());
        Assert.Equal(lab.Inventory.Sftp.Directory, sftp.GetProperty("Directory").GetString());
        Assert.Equal(lab.Inventory.Sftp.HostKeySha256, sftp.GetProperty("HostKeySha256").GetString());
        Assert.Equal(lab.Inventory.Sftp.Password, sftp.GetProperty("Password").GetString());
    }
}
