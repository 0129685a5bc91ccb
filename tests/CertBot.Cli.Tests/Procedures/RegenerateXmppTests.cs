using CertBot.Cli.Tests.Support;
using CertBot.Testing;

namespace CertBot.Cli.Tests.Procedures;

/// <summary>P2 and P3 on lab-east: the XCP Router is restarted, never stopped; a CA-signed cup-xmpp is left alone.</summary>
[Collection(CliLabGroup.Name)]
public sealed class RegenerateXmppTests(CliLab lab) : IDisposable
{
    private readonly CertBotWorkspace certbot = new(lab);

    [Fact]
    public async Task RegenerateCupXmpp_RestartsXcpRouterNeverStopsIt_AndLeavesTheCaSignedCertificateOnImpSub2()
    {
        var before = await certbot.InventoryAsync("lab-east");
        var logs = CommandLogs.Mark(lab.Inventory);
        var plan = await certbot.PlanAsync("regenerate", "cup-xmpp", "--cluster", "lab-east");
        // The issuer is the lab's root or, once the renewal test ran, its issuing CA.
        Assert.Contains(plan.GetProperty("decisions").EnumerateArray(), d => d.GetProperty("text").GetString() is { } text
            && text.StartsWith("cup-xmpp is CA-signed on imp-sub2 by ", StringComparison.Ordinal)
            && text.EndsWith(": not regenerated; renew it through a CSR (`renew cup-xmpp --cluster lab-east --distribution single-node`)", StringComparison.Ordinal));

        var done = await certbot.DriveAsync(await certbot.RequestAsync("regenerate", "cup-xmpp", "--cluster", "lab-east"));

        Assert.Equal("Succeeded", done.State);
        var commands = logs.Since();
        Assert.DoesNotContain(commands, c => c.Command.StartsWith("utils service stop Cisco XCP Router", StringComparison.Ordinal));
        ChangeOrder.AssertExactly(commands,
            "imp-pub: set cert regen cup-xmpp",
            "imp-sub1: set cert regen cup-xmpp",
            "imp-pub: utils service restart Cisco XCP Router",
            "imp-sub1: utils service restart Cisco XCP Router");
        var after = await certbot.InventoryAsync("lab-east");
        Assert.Equal(LabInventoryJson.Serial(before, "imp-sub2", "cup-xmpp"), LabInventoryJson.Serial(after, "imp-sub2", "cup-xmpp"));
        Assert.NotEqual(LabInventoryJson.Serial(before, "imp-pub", "cup-xmpp"), LabInventoryJson.Serial(after, "imp-pub", "cup-xmpp"));
    }

    [Fact]
    public async Task RegenerateCupXmppS2s_RegeneratesEveryImpNode_ThenRestartsXcpRouterThenXmppFederation()
    {
        var logs = CommandLogs.Mark(lab.Inventory);

        var done = await certbot.DriveAsync(await certbot.RequestAsync("regenerate", "cup-xmpp-s2s", "--cluster", "lab-east"));

        Assert.Equal("Succeeded", done.State);
        string[] nodes = ["imp-pub", "imp-sub1", "imp-sub2"];
        ChangeOrder.AssertExactly(logs.Since(), [
            .. nodes.Select(n => $"{n}: set cert regen cup-xmpp-s2s"),
            .. nodes.Select(n => $"{n}: utils service restart Cisco XCP Router"),
            .. nodes.Select(n => $"{n}: utils service restart Cisco XCP XMPP Federation Connection Manager"),
        ]);
    }

    public void Dispose() => certbot.Dispose();
}
