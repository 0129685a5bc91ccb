using System.Text.Json;
using CertBot.Cli.Tests.Support;
using CertBot.Testing;

namespace CertBot.Cli.Tests.Procedures;

/// <summary>P8 from lab-east to lab-west: seed 003's order on the two publishers, and its import mapping in the trust stores.</summary>
[Collection(CliLabGroup.Name)]
public sealed class ExchangeTests(CliLab lab) : IDisposable
{
    /// <summary>Seed 003 step 8: where the other cluster's certificates must land.</summary>
    private static readonly (string Unit, string[] Stores)[] Mapping =
    [
        ("CAPF", ["CallManager-trust"]),
        ("tomcat", ["tomcat-trust"]),
        ("CallManager", ["Phone-SAST-trust", "CallManager-trust"]),
        ("ITLRecovery", ["Phone-SAST-trust", "CallManager-trust"]),
    ];

    private readonly CertBotWorkspace certbot = new(lab);

    [Fact]
    public async Task Exchange_FromEastToWest_ExportsImportsInSeedOrder_AndEachPublisherTrustsTheOtherClustersCertificates()
    {
        var east = await certbot.InventoryAsync("lab-east");
        var west = await certbot.InventoryAsync("lab-west");
        Assert.NotEmpty(Missing(east, ["cucm-pub", "cucm-sub1"], west));
        var logs = CommandLogs.Mark(lab.Inventory);

        var done = await certbot.DriveAsync(await certbot.RequestAsync("exchange", "--from", "lab-east", "--to", "lab-west"));

        Assert.Equal("Succeeded", done.State);
        ChangeOrder.AssertExactly(logs.Since(),
            "lab-west/cucm-pub: set cert bulk sftp",
            "lab-west/cucm-pub: set cert bulk export all",
            "lab-east/cucm-pub: set cert bulk sftp",
            "lab-east/cucm-pub: set cert bulk export all",
            "lab-east/cucm-pub: set cert bulk consolidate all",
            "lab-west/cucm-pub: set cert bulk import all",
            "lab-east/cucm-pub: set cert bulk import all");
        var eastAfter = await certbot.InventoryAsync("lab-east");
        var westAfter = await certbot.InventoryAsync("lab-west");
        Assert.Empty(Missing(east, ["cucm-pub", "cucm-sub1"], westAfter));
        Assert.Empty(Missing(west, ["cucm-pub", "cucm-sub1"], eastAfter));
    }

    /// <summary>The mapping's entries for the sending nodes' certificates that the receiving publisher's trust stores lack.</summary>
    private static List<string> Missing(JsonElement sending, string[] nodes, JsonElement receiving)
    {
        var missing = new List<string>();
        foreach (var node in nodes)
        {
            foreach (var (unit, stores) in Mapping)
            {
                var certificate = LabInventoryJson.Certificates(sending, node).FirstOrDefault(c => c.GetProperty("store").GetString() == "own" && c.GetProperty("unit").GetString() == unit);
                if (certificate.ValueKind == JsonValueKind.Undefined)
                {
                    continue; // CAPF and ITLRecovery live on the publisher only.
                }

                var serial = certificate.GetProperty("serial").GetString()!.ToUpperInvariant();
                missing.AddRange(stores.Where(s => !LabInventoryJson.TrustSerials(receiving, "cucm-pub", s).Contains(serial)).Select(s => $"{node} {unit} {serial} not in {s}"));
            }
        }

        return missing;
    }

    public void Dispose() => certbot.Dispose();
}
