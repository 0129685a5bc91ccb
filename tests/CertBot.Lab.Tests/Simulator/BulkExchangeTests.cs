using CertBot.Lab.Tests.EndToEnd;
using CertBot.Testing;

namespace CertBot.Lab.Tests.Simulator;

/// <summary>
/// Bulk certificate exchange between lab-east and lab-west through the lab's real SFTP server: export on
/// both publishers, consolidate once, import, then the other cluster's certificates sit in the trust
/// stores of the TAC mapping on every node.
/// </summary>
public sealed class BulkExchangeTests(BulkExchangeLab lab) : IClassFixture<BulkExchangeLab>
{
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task ExportConsolidateImport_PutsTheOtherClustersCertificatesIntoTheMappedTrustStores()
    {
        await using (var west = await ConnectAsync("lab-west", "cucm-pub"))
        {
            await BulkSftp.ConfigureAsync(west, lab.Inventory.Sftp);
            Assert.Contains("Successfully exported tftp certificate(s) to sftp server.", await west.RunAsync("set cert bulk export all", Slow), StringComparison.Ordinal);
        }

        await using (var east = await ConnectAsync("lab-east", "cucm-pub"))
        {
            await BulkSftp.ConfigureAsync(east, lab.Inventory.Sftp);
            Assert.Contains("Successfully exported tomcat certificate(s) to sftp server.", await east.RunAsync("set cert bulk export all", Slow), StringComparison.Ordinal);
            Assert.Contains("Successfully consolidated tomcat certificate(s) on sftp server.", await east.RunAsync("set cert bulk consolidate all", Slow), StringComparison.Ordinal);
            var imported = await east.RunAsync("set cert bulk import all", Slow);
            Assert.Contains("Successfully imported tomcat certificates.", imported, StringComparison.Ordinal);
            Assert.Contains("Successfully imported tftp certificates.", imported, StringComparison.Ordinal);
        }

        var listing = await TrustListAsync("lab-east", "cucm-sub1");
        Assert.Contains("Phone-SAST-trust/cucm-pub.west.lab.example.pem: ", listing, StringComparison.Ordinal);
        Assert.Contains("Phone-SAST-trust/ITLRECOVERY_cucm-sub1.west.lab.example.pem: ", listing, StringComparison.Ordinal);
        Assert.Contains("CallManager-trust/ITLRECOVERY_cucm-pub.west.lab.example.pem: ", listing, StringComparison.Ordinal);
        Assert.Contains("tomcat-trust/cucm-sub1.west.lab.example.pem: ", listing, StringComparison.Ordinal);
        Assert.DoesNotContain("Phone-SAST-trust/cucm-pub.east", listing, StringComparison.Ordinal);
        var impListing = await TrustListAsync("lab-east", "imp-sub1");
        Assert.Contains("tomcat-trust/cucm-pub.west.lab.example.pem: ", impListing, StringComparison.Ordinal);

        var westListing = await TrustListAsync("lab-west", "cucm-pub");
        Assert.DoesNotContain("Phone-SAST-trust/", westListing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_OneUnitFailing_ReportsEachUnitOnItsOwnLine()
    {
        await using var west = await ConnectAsync("lab-west", "cucm-pub");
        await BulkSftp.ConfigureAsync(west, lab.Inventory.Sftp);
        await using (await lab.InjectFaultAsync("lab-west", "cucm-pub", "fail", "set cert bulk export tftp"))
        {
            var answer = await west.RunAsync("set cert bulk export all", Slow);

            Assert.Contains("Successfully exported tomcat certificate(s) to sftp server.", answer, StringComparison.Ordinal);
            Assert.Contains("Failed to export tftp certificate(s) to sftp server.", answer, StringComparison.Ordinal);
            Assert.DoesNotContain("Successfully exported tftp", answer, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RefuseFault_FailsTheCommandInASentence_WithoutTheMarker()
    {
        await using var west = await ConnectAsync("lab-west", "cucm-sub1");
        await using (await lab.InjectFaultAsync("lab-west", "cucm-sub1", "refuse", "set cert regen"))
        {
            var answer = await west.RunAsync("set cert regen tomcat", Slow);

            Assert.Contains("The capf certificate is not in the list of default Cisco CA certificates.", answer, StringComparison.Ordinal);
            Assert.DoesNotContain("Executed command unsuccessfully", answer, StringComparison.Ordinal);
            Assert.DoesNotContain("Successfully", answer, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Export_WithoutSftpSettings_FailsWithThePlatformFailure()
    {
        await using var sub = await ConnectAsync("lab-west", "cucm-sub1");
        var answer = await sub.RunAsync("set cert bulk export all", Slow);

        Assert.Contains("Executed command unsuccessfully", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consolidate_WithAFileThatIsNoBundle_FailsTheCommand_AndTheSessionGoesOn()
    {
        var junk = Path.Combine(lab.Inventory.Sftp.DropDirectory, "not-a-bundle.p12");
        await File.WriteAllTextAsync(junk, "this is not PKCS12");
        try
        {
            await using var west = await ConnectAsync("lab-west", "cucm-pub");
            await BulkSftp.ConfigureAsync(west, lab.Inventory.Sftp);
            var answer = await west.RunAsync("set cert bulk consolidate all", Slow);

            Assert.Contains("not-a-bundle.p12 is not a valid PKCS12 certificate file.", answer, StringComparison.Ordinal);
            Assert.Contains("Executed command unsuccessfully", answer, StringComparison.Ordinal);
            Assert.Contains("Active Master Version:", await west.RunAsync("show version active"), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(junk);
        }
    }

    private async Task<string> TrustListAsync(string cluster, string node)
    {
        await using var client = await ConnectAsync(cluster, node);
        await client.RunAsync("set cli pagination off");
        return await client.RunAsync("show cert list trust");
    }

    // Under heavy machine load a node's sshd was once seen refusing the first connection right after `up`;
    // the bulk behaviour is what this class checks, so a refused first connection is retried briefly.
    private async Task<OpenSshClient> ConnectAsync(string cluster, string node)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await lab.ConnectAsync(cluster, node);
            }
            catch (OpenSshException ex) when (attempt < 5 && ex.Message.Contains("Connection refused", StringComparison.Ordinal))
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }
}
