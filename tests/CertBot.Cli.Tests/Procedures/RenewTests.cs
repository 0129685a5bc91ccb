using System.Text.Json;
using CertBot.Cli.Tests.Support;
using CertBot.Testing;

namespace CertBot.Cli.Tests.Procedures;

/// <summary>
/// P9 on lab-east: imp-sub2's CA-signed cup-xmpp is renewed through a CSR the lab CA signs through a two-level
/// chain; a wrong answer is refused with its reason and changes nothing; the issuing CA goes into trust before
/// the certificate, both before the restart.
/// </summary>
[Collection(RenewalLabGroup.Name)]
public sealed class RenewTests(RenewalLab lab) : IDisposable
{
    private readonly CertBotWorkspace certbot = new(lab);

    [Fact]
    public async Task RenewCupXmpp_SingleNode_CsrSignedThroughTwoLevels_EndsSucceededWithTheNewCertificateOnImpSub2()
    {
        var before = await certbot.InventoryAsync("lab-east");
        var plan = await certbot.PlanAsync("renew", "cup-xmpp", "--cluster", "lab-east", "--distribution", "single-node");
        Assert.Contains(plan.GetProperty("decisions").EnumerateArray(), d => d.GetProperty("text").GetString() == "distribution single-node, as asked");
        var logs = CommandLogs.Mark(lab.Inventory);
        var run = await certbot.RequestAsync("renew", "cup-xmpp", "--cluster", "lab-east", "--distribution", "single-node");
        var refusedWith = "";

        var done = await certbot.DriveAsync(run, async () =>
        {
            var csrDir = Path.Combine(certbot.Directory, "csr");
            var printed = await certbot.MustAsync("csr", run, "--out", csrDir);
            Assert.Contains("imp-sub2: subject CN=imp-sub2.east.lab.example", printed.Output, StringComparison.Ordinal);
            var csr = await File.ReadAllTextAsync(Path.Combine(csrDir, "imp-sub2.csr"));

            var wrong = await certbot.ProvideAsync(run, await lab.SignAsync(csr, intermediate: true, "other-key"));
            Assert.Equal(1, wrong.ExitCode);
            refusedWith = wrong.Output + wrong.Error;
            Assert.Equal("AwaitingApproval", (await certbot.ShowAsync(run)).State);
            Assert.DoesNotContain(ChangeOrder.Of(logs.Since()), c => c.Command.StartsWith("set cert import", StringComparison.Ordinal));

            var right = await certbot.ProvideAsync(run, await lab.SignAsync(csr, intermediate: true));
            Assert.True(right.ExitCode == 0, right.ToString());
        });

        Assert.Equal("Succeeded", done.State);
        Assert.Contains("the certificate's key does not match imp-sub2's CSR", refusedWith, StringComparison.Ordinal);
        ChangeOrder.AssertExactly(logs.Since(),
            "imp-sub2: set csr gen cup-xmpp",
            "imp-sub2: set cert import trust cup-xmpp",
            "imp-sub2: set cert import own cup-xmpp",
            "imp-sub2: utils service restart Cisco XCP Router");
        var after = await certbot.InventoryAsync("lab-east");
        Assert.NotEqual(LabInventoryJson.Serial(before, "imp-sub2", "cup-xmpp"), LabInventoryJson.Serial(after, "imp-sub2", "cup-xmpp"));
        Assert.Equal(LabInventoryJson.Serial(before, "imp-pub", "cup-xmpp"), LabInventoryJson.Serial(after, "imp-pub", "cup-xmpp"));
        Assert.Contains("Lab Issuing CA 1", JsonSerializer.Serialize(after), StringComparison.Ordinal);
    }

    public void Dispose() => certbot.Dispose();
}
