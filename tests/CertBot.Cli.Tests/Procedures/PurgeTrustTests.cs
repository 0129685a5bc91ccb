using CertBot.Cli.Tests.Support;

namespace CertBot.Cli.Tests.Procedures;

/// <summary>P6 on lab-east: exactly the trust certificates the plan listed are gone, nothing else.</summary>
[Collection(CliLabGroup.Name)]
public sealed class PurgeTrustTests(CliLab lab) : IDisposable
{
    private static readonly string[] Nodes = ["cucm-pub", "cucm-sub1", "imp-pub", "imp-sub1", "imp-sub2"];
    private readonly CertBotWorkspace certbot = new(lab);

    [Fact]
    public async Task PurgeTrust_DeletesExactlyTheCertificatesThePlanListed_OnEachNode()
    {
        var before = await certbot.InventoryAsync("lab-east");

        var done = await certbot.DriveAsync(await certbot.RequestAsync("purge-trust", "--cluster", "lab-east"));

        Assert.Equal("Succeeded", done.State);
        var listed = done.Steps.Where(s => s.GetProperty("kind").GetString() == "DeleteTrust")
            .Select(s => (Node: s.GetProperty("node").GetProperty("name").GetString()!, Entry: $"{s.GetProperty("store").GetString()}/{s.GetProperty("file").GetString()}"))
            .ToList();
        Assert.NotEmpty(listed);
        var after = await certbot.InventoryAsync("lab-east");
        foreach (var node in Nodes)
        {
            var gone = LabInventoryJson.Trust(before, node).Except(LabInventoryJson.Trust(after, node)).Order().ToList();
            Assert.Equal(listed.Where(l => l.Node == node).Select(l => l.Entry).Order().ToList(), gone);
            Assert.Empty(LabInventoryJson.Trust(after, node).Except(LabInventoryJson.Trust(before, node)));
        }
    }

    [Fact]
    public async Task Request_OfAPlanThatChangesNothing_IsRefusedInOneLine()
    {
        var plan = await certbot.PlanAsync("purge-trust", "--older-than", "100000", "--cluster", "lab-east");
        Assert.DoesNotContain(plan.GetProperty("steps").EnumerateArray(), s => s.GetProperty("kind").GetString() == "DeleteTrust");

        var refused = await certbot.RunAsync("request", "purge-trust", "--older-than", "100000", "--cluster", "lab-east", "--as", CertBotWorkspace.Requester);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("refused: the plan changes nothing", refused.Error, StringComparison.Ordinal);
        Assert.Equal("", refused.Output);
    }

    public void Dispose() => certbot.Dispose();
}
