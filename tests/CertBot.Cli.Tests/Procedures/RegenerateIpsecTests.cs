using CertBot.Cli.Tests.Support;

namespace CertBot.Cli.Tests.Procedures;

/// <summary>P4 on lab-east: IM/P ipsec regenerated publisher first, then DRF Master on the CUCM publisher, then DRF Local.</summary>
[Collection(CliLabGroup.Name)]
public sealed class RegenerateIpsecTests(CliLab lab) : IDisposable
{
    private readonly CertBotWorkspace certbot = new(lab);

    [Fact]
    public async Task RegenerateIpsec_RegeneratesImpNodesPublisherFirst_ThenRestartsDrfMasterThenDrfLocal()
    {
        var logs = CommandLogs.Mark(lab.Inventory);

        var done = await certbot.DriveAsync(await certbot.RequestAsync("regenerate", "ipsec", "--cluster", "lab-east"));

        Assert.Equal("Succeeded", done.State);
        string[] nodes = ["imp-pub", "imp-sub1", "imp-sub2"];
        ChangeOrder.AssertExactly(logs.Since(), [
            .. nodes.Select(n => $"{n}: set cert regen ipsec"),
            "cucm-pub: utils service restart Cisco DRF Master",
            .. nodes.Select(n => $"{n}: utils service restart Cisco DRF Local"),
        ]);
    }

    public void Dispose() => certbot.Dispose();
}
