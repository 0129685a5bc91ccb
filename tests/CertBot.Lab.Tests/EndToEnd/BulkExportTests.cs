using System.Security.Cryptography.Pkcs;
using CertBot.Lab.Pki;
using CertBot.Testing;

namespace CertBot.Lab.Tests.EndToEnd;

/// <summary>Bulk export from lab-west's CUCM publisher to the lab's SFTP server.</summary>
[Collection(SharedLab.Name)]
public sealed class BulkExportTests(LabTestsLab lab)
{
    [Fact]
    public async Task BulkExportAll_PutsOnePkcs12PerNodeOnTheSftpServerHoldingThatNodesCertificates()
    {
        var cluster = lab.Inventory.Cluster("lab-west");
        var sftp = lab.Inventory.Sftp;
        string answer;
        await using (var client = await lab.LoginAsync("lab-west", "cucm-pub"))
        {
            await BulkSftp.ConfigureAsync(client, sftp);
            answer = await client.RunAsync("set cert bulk export all", TimeSpan.FromSeconds(60));
        }

        Assert.Contains("Successfully exported tomcat certificate(s) to sftp server.", answer, StringComparison.Ordinal);
        var download = Directory.CreateTempSubdirectory("certbot-bulk-").FullName;
        try
        {
            var listing = await OpenSshSftp.BatchAsync(sftp.Endpoint, $"cd {sftp.Directory}\nls -1\n");
            foreach (var node in cluster.Nodes)
            {
                Assert.Contains($"{node.Fqdn}.p12", listing, StringComparison.Ordinal);
                var local = Path.Combine(download, $"{node.Fqdn}.p12");
                await OpenSshSftp.BatchAsync(sftp.Endpoint, $"get {sftp.Directory}/{node.Fqdn}.p12 {local}\n");

                var certificates = Pkcs12Certificates(await File.ReadAllBytesAsync(local));
                Assert.NotEmpty(certificates);
                Assert.Contains(certificates, c => c.Subject.Contains($"CN={node.Fqdn}", StringComparison.Ordinal));
            }

            // The publisher's file holds exactly the tomcat certificate the publisher shows.
            var publisher = cluster.Nodes[0];
            await using var session = await lab.LoginAsync("lab-west", publisher.Name);
            using var tomcat = CertificateText.Pem(await session.RunAsync("show cert own tomcat/tomcat.pem"));
            var exported = Pkcs12Certificates(await File.ReadAllBytesAsync(Path.Combine(download, $"{publisher.Fqdn}.p12")));
            Assert.Contains(exported, c => c.Thumbprint == tomcat.Thumbprint);
        }
        finally
        {
            Directory.Delete(download, recursive: true);
        }
    }

    private static List<System.Security.Cryptography.X509Certificates.X509Certificate2> Pkcs12Certificates(byte[] pfx)
    {
        var info = Pkcs12Info.Decode(pfx, out var consumed, skipCopy: true);
        Assert.Equal(pfx.Length, consumed);
        // CUCM's (and the lab's) certificate bags sit in an RC2-40 encrypted safe under the file password.
        foreach (var safe in info.AuthenticatedSafe.Where(s => s.ConfidentialityMode == Pkcs12ConfidentialityMode.Password))
        {
            safe.Decrypt(CertificateBundle.FilePassword);
        }

        return [.. info.AuthenticatedSafe
            .SelectMany(safe => safe.GetBags())
            .OfType<Pkcs12CertBag>()
            .Select(bag => bag.GetCertificate())];
    }
}
