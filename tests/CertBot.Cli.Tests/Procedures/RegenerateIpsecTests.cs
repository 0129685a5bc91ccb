using CertBot.Cli.Tests.Support;
using CertBot.Testing;

namespace CertBot.Cli.Tests.Procedures;

/// <summary>
/// P4 on lab-east: IM/P ipsec regenerated publisher first, then DRF Master on the CUCM publisher, then DRF Local on
/// every node of the cluster, then the IPsec trust verified again in the same run and a test backup asked for.
/// </summary>
[Collection(CliLabGroup.Name)]
public sealed class RegenerateIpsecTests(CliLab lab) : IDisposable
{
    private readonly CertBotWorkspace certbot = new(lab);

    [Fact]
    public async Task RegenerateIpsec_RegeneratesImpNodesPublisherFirst_ThenRestartsDrfMasterThenDrfLocalOnEveryNode_ThenVerifiesIpsecTrust()
    {
        var logs = CommandLogs.Mark(lab.Inventory);

        var done = await certbot.DriveAsync(await certbot.RequestAsync("regenerate", "ipsec", "--cluster", "lab-east"));

        Assert.Equal("Succeeded", done.State);
        string[] nodes = ["imp-pub", "imp-sub1", "imp-sub2"];
        string[] everyNode = ["cucm-pub", "cucm-sub1", .. nodes];
        ChangeOrder.AssertExactly(logs.Since(), [
            .. nodes.Select(n => $"{n}: set cert regen ipsec"),
            "cucm-pub: utils service restart Cisco DRF Master",
            .. everyNode.Select(n => $"{n}: utils service restart Cisco DRF Local"),
        ]);
        var journal = string.Join("\n", done.Journal.Select(j => j.GetProperty("message").GetString()));
        Assert.Contains("every node of lab-east trusts cucm-pub's ipsec.pem", journal, StringComparison.Ordinal);
        Assert.Contains("test backup", journal, StringComparison.Ordinal);
    }

    public void Dispose() => certbot.Dispose();
}
