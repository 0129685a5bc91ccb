using System.Text.Json;
using CertBot.Engine.Inventory;
using CertBot.Cli.Inventory;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Cisco.Tests.Cli;

public sealed class InventoryJsonTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Write_Document_HasExactlyTheAgreedKeys()
    {
        var certificate = new CertificateInfo("tomcat-trust", "tomcat-trust", "Old_CA.pem", "CN=Old CA", "CN=Old CA", "0A", Now.AddYears(-3), Now.AddDays(-10),
            [], true, "RSA", 2048, "sha256RSA", "AB");
        var ok = new NodeInventory(new NodeRef("lab-east", "cucm-pub", Product.Cucm, NodeRole.Publisher), "14.0.1.13900-155", true, null, null,
            [certificate], [new ServiceStatus("Cisco DirSync", ServiceState.Stopped, "Service Not Activated")], [], TimeSpan.FromSeconds(1));
        var down = new NodeInventory(new NodeRef("lab-east", "imp-sub1", Product.Imp, NodeRole.Subscriber), null, false, "host key mismatch", NodeFailure.HostKeyMismatch,
            [], [], [], TimeSpan.Zero);

        using var json = JsonDocument.Parse(InventoryJson.Write([new ClusterInventory("lab-east", [ok, down])], Now));

        var cluster = json.RootElement.GetProperty("clusters")[0];
        Assert.Equal(["name", "nodes"], cluster.EnumerateObject().Select(p => p.Name));
        var node = cluster.GetProperty("nodes")[0];
        Assert.Equal(["name", "product", "role", "version", "reachable", "error", "certificates", "services"], node.EnumerateObject().Select(p => p.Name));
        Assert.Equal("cucm", node.GetProperty("product").GetString());
        Assert.Equal("publisher", node.GetProperty("role").GetString());
        var c = node.GetProperty("certificates")[0];
        Assert.Equal(["store", "unit", "file", "subject", "issuer", "serial", "notAfter", "selfSigned", "expired", "daysLeft"], c.EnumerateObject().Select(p => p.Name));
        Assert.True(c.GetProperty("expired").GetBoolean());
        Assert.Equal(-10, c.GetProperty("daysLeft").GetInt32());
        var s = node.GetProperty("services")[0];
        Assert.Equal(["name", "state", "activated"], s.EnumerateObject().Select(p => p.Name));
        Assert.False(s.GetProperty("activated").GetBoolean());
        Assert.Equal("stopped", s.GetProperty("state").GetString());
        var failed = cluster.GetProperty("nodes")[1];
        Assert.False(failed.GetProperty("reachable").GetBoolean());
        Assert.Equal("host key mismatch", failed.GetProperty("error").GetString());
        Assert.Equal(JsonValueKind.Null, failed.GetProperty("version").ValueKind);
    }
}
