using CertBot.Cli.Tests.Support;

namespace CertBot.Cli.Tests.Procedures;

/// <summary>P7 on lab-west: cucm-sub1's ipsec-trust holds a stale copy of the publisher's ipsec.pem.</summary>
[Collection(CliLabGroup.Name)]
public sealed class VerifyIpsecTests(CliLab lab) : IDisposable
{
    private readonly CertBotWorkspace certbot = new(lab);

    [Fact]
    public async Task VerifyIpsec_ReportsCucmSub1Mismatch_AndItsRemedyMakesItMatch()
    {
        var report = await certbot.RunAsync("plan", "verify-ipsec", "--cluster", "lab-west");
        Assert.Equal(0, report.ExitCode);
        Assert.Contains("cucm-sub1: ipsec-trust lacks cucm-pub's ipsec.pem", report.Output, StringComparison.Ordinal);
        Assert.Contains("mismatch, DRF backups fail", report.Output, StringComparison.Ordinal);

        var done = await certbot.DriveAsync(await certbot.RequestAsync("verify-ipsec", "--cluster", "lab-west"));

        Assert.Equal("Succeeded", done.State);
        var inventory = await certbot.InventoryAsync("lab-west");
        var publisherSerial = LabInventoryJson.Serial(inventory, "cucm-pub", "ipsec").ToUpperInvariant();
        Assert.Contains(publisherSerial, LabInventoryJson.TrustSerials(inventory, "cucm-sub1", "ipsec-trust"));
        var again = await certbot.RunAsync("plan", "verify-ipsec", "--cluster", "lab-west");
        Assert.Contains("cucm-sub1: ipsec-trust holds cucm-pub's ipsec.pem", again.Output, StringComparison.Ordinal);
        Assert.Contains("nothing to remedy", again.Output, StringComparison.Ordinal);
    }

    public void Dispose() => certbot.Dispose();
}
