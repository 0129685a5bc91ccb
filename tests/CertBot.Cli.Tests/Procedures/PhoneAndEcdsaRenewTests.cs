using CertBot.Cli.Tests.Support;
using CertBot.Testing;

namespace CertBot.Cli.Tests.Procedures;

/// <summary>
/// P9 for the units beyond tomcat and the XMPP ones: CallManager through one multi-server CSR on the CUCM publisher,
/// with its phone-affecting restarts and the check that the phones registered again; an ECDSA twin through a CSR per
/// node, its chain in its RSA unit's trust store.
/// </summary>
[Collection(RenewalLabGroup.Name)]
public sealed class PhoneAndEcdsaRenewTests(RenewalLab lab) : IDisposable
{
    private static readonly string[] PhoneServices = ["Cisco CallManager", "Cisco CTIManager", "Cisco Trust Verification Service", "Cisco Tftp", "Cisco HAProxy"];
    private readonly CertBotWorkspace certbot = new(lab);

    [Fact]
    public async Task RenewCallManager_MultiServer_RestartsThePhoneServicesPublisherFirst_AndAsksForTheRegistrationCheck()
    {
        var before = await certbot.InventoryAsync("lab-east");
        var plan = await certbot.PlanAsync("renew", "CallManager", "--cluster", "lab-east", "--distribution", "multi-server");
        Assert.Contains(plan.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.StartsWith("Phones: Cisco CallManager restarts on cucm-pub, cucm-sub1", StringComparison.Ordinal));
        var logs = CommandLogs.Mark(lab.Inventory);
        var run = await certbot.RequestAsync("renew", "CallManager", "--cluster", "lab-east", "--distribution", "multi-server");

        var done = await certbot.DriveAsync(run, () => ProvideSignedAsync(run));

        Assert.Equal("Succeeded", done.State);
        Assert.Contains(done.Journal, j => j.GetProperty("kind").GetString() == "Confirmed"
            && done.Steps[j.GetProperty("stepIndex").GetInt32()].GetProperty("title").GetString() == "Check that the phones registered again");
        ChangeOrder.AssertExactly(logs.Since(), [
            "cucm-pub: set csr gen CallManager",
            // CallManager-trust has neither CA yet: the root, then the issuing CA, on each node.
            "cucm-pub: set cert import trust CallManager",
            "cucm-pub: set cert import trust CallManager",
            "cucm-sub1: set cert import trust CallManager",
            "cucm-sub1: set cert import trust CallManager",
            "cucm-pub: set cert import own CallManager",
            .. PhoneServices.SelectMany(s => new[] { $"cucm-pub: utils service restart {s}", $"cucm-sub1: utils service restart {s}" }),
        ]);
        var after = await certbot.InventoryAsync("lab-east");
        var serial = LabInventoryJson.Serial(after, "cucm-pub", "CallManager");
        Assert.Equal(serial, LabInventoryJson.Serial(after, "cucm-sub1", "CallManager"));
        Assert.NotEqual(LabInventoryJson.Serial(before, "cucm-pub", "CallManager"), serial);
        Assert.Equal(LabInventoryJson.Serial(before, "imp-pub", "tomcat"), LabInventoryJson.Serial(after, "imp-pub", "tomcat"));
    }

    [Fact]
    public async Task RenewTomcatEcdsa_SingleNode_OneCsrPerNode_ChainIntoTomcatTrust()
    {
        var before = await certbot.InventoryAsync("lab-west");
        var logs = CommandLogs.Mark(lab.Inventory);
        var run = await certbot.RequestAsync("renew", "tomcat-ECDSA", "--cluster", "lab-west", "--distribution", "single-node");

        var done = await certbot.DriveAsync(run, () => ProvideSignedAsync(run));

        Assert.Equal("Succeeded", done.State);
        ChangeOrder.AssertExactly(logs.Since(),
            "lab-west/cucm-pub: set csr gen tomcat-ECDSA",
            "lab-west/cucm-sub1: set csr gen tomcat-ECDSA",
            // tomcat-trust holds the lab's root already: only the issuing CA goes in.
            "lab-west/cucm-pub: set cert import trust tomcat",
            "lab-west/cucm-sub1: set cert import trust tomcat",
            "lab-west/cucm-pub: set cert import own tomcat-ECDSA",
            "lab-west/cucm-sub1: set cert import own tomcat-ECDSA",
            "lab-west/cucm-pub: utils service restart Cisco Tomcat",
            "lab-west/cucm-sub1: utils service restart Cisco Tomcat");
        var after = await certbot.InventoryAsync("lab-west");
        foreach (var node in (string[])["cucm-pub", "cucm-sub1"])
        {
            Assert.NotEqual(LabInventoryJson.Serial(before, node, "tomcat-ECDSA"), LabInventoryJson.Serial(after, node, "tomcat-ECDSA"));
            Assert.Equal(LabInventoryJson.Serial(before, node, "tomcat"), LabInventoryJson.Serial(after, node, "tomcat"));
        }
    }

    public void Dispose() => certbot.Dispose();

    /// <summary>Every CSR of the run signed by the lab CA through its issuing CA, in one answer.</summary>
    private async Task ProvideSignedAsync(string run)
    {
        var directory = Path.Combine(certbot.Directory, "csr-" + run[..8]);
        await certbot.MustAsync("csr", run, "--out", directory);
        var answers = new List<string>();
        foreach (var csr in Directory.GetFiles(directory, "*.csr").Order(StringComparer.Ordinal))
        {
            answers.Add(await lab.SignAsync(await File.ReadAllTextAsync(csr), intermediate: true));
        }

        var provided = await certbot.ProvideAsync(run, string.Join("\n", answers));
        Assert.True(provided.ExitCode == 0, provided.ToString());
    }
}
