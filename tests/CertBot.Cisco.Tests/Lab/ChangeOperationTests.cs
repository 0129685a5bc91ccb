using CertBot.Cisco.Certificates;
using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Cisco.Tests.Lab;

[Collection(SharedCiscoLab.Name)]
public sealed class ChangeOperationTests(CiscoLab lab)
{
    /// <summary>The units a bulk export carries (those the import mapping knows).</summary>
    private static readonly string[] ExportedUnits = ["tomcat", "CallManager", "CAPF", "ITLRecovery"];

    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Regenerate_Confirmed_ReturnsTheNewSelfSignedCertificate_ReadBackOnce()
    {
        using var connection = new LabConnection(lab);
        await using var session = await connection.OpenAsync("lab-west", "cucm-pub");
        var before = await session.GetCertificateAsync(CertificateInfo.OwnStore, "tomcat", "tomcat.pem", None);
        var log = lab.Node("lab-west", "cucm-pub").CommandLog;
        var mark = CommandLog.Commands(log).Count;

        var after = await session.RegenerateAsync("tomcat", None);

        Assert.NotEqual(before.Serial, after.Serial);
        Assert.True(after.SelfSigned);
        Assert.Equal("tomcat", after.Unit);
        Assert.Equal(["set cert regen tomcat", "show cert own tomcat/tomcat.pem"], CommandLog.Commands(log).Skip(mark));
    }

    [Fact]
    public async Task ImportTrustThenDelete_LeavesTheStoreAsBefore_EachVerifiedByTheSession()
    {
        using var connection = new LabConnection(lab);
        await using var session = await connection.OpenAsync("lab-west", "cucm-pub");
        var pem = await File.ReadAllTextAsync(Path.Combine(lab.RuntimeDirectory, "ca", "ca.pem"));
        using var ca = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(pem);
        var before = await session.ListEntriesAsync(trust: true, None);
        var log = lab.Node("lab-west", "cucm-pub").CommandLog;

        var imported = await session.ImportTrustAsync("ipsec", pem, None);
        var added = (await session.ListEntriesAsync(trust: true, None)).Except(before).ToList();
        var entry = Assert.Single(added);
        Assert.Equal("ipsec-trust", entry.Unit);
        Assert.Equal((entry.Unit, entry.File), (imported.Store, imported.File));
        Assert.Equal(ca.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256), imported.Sha256Thumbprint, ignoreCase: true);

        var mark = CommandLog.Commands(log).Count;
        Assert.True(await session.DeleteTrustAsync(entry.Unit, entry.File, None));

        Assert.Equal(["show cert list trust", $"set cert delete ipsec {entry.File}", "show cert list trust"], CommandLog.Commands(log).Skip(mark));
        Assert.Equal(before, await session.ListEntriesAsync(trust: true, None));
    }

    [Fact]
    public async Task ImportTrust_GivenTheStoreName_SendsTheUnitAsRealNodesExpect()
    {
        using var connection = new LabConnection(lab);
        await using var session = await connection.OpenAsync("lab-east", "imp-sub1");
        var pem = await File.ReadAllTextAsync(Path.Combine(lab.RuntimeDirectory, "ca", "ca.pem"));
        var before = await session.ListEntriesAsync(trust: true, None);

        await session.ImportTrustAsync("ipsec-trust", pem, None);

        var commands = CommandLog.Commands(lab.Node("lab-east", "imp-sub1").CommandLog);
        Assert.Contains("set cert import trust ipsec", commands);
        Assert.DoesNotContain("set cert import trust ipsec-trust", commands);
        foreach (var added in (await session.ListEntriesAsync(trust: true, None)).Except(before))
        {
            await session.DeleteTrustAsync(added.Unit, added.File, None);
        }
    }

    [Fact]
    public async Task DeleteTrust_OfAFileThatIsNotListed_SendsNoDeleteAndSaysSo()
    {
        using var connection = new LabConnection(lab);
        await using var session = await connection.OpenAsync("lab-west", "cucm-pub");
        var log = lab.Node("lab-west", "cucm-pub").CommandLog;
        var mark = CommandLog.Commands(log).Count;

        Assert.False(await session.DeleteTrustAsync("tomcat-trust", "NoSuchCertificate.pem", None));

        Assert.Equal(["show cert list trust"], CommandLog.Commands(log).Skip(mark));
    }

    [Theory]
    [InlineData("O'Brien.pem")]
    [InlineData("Smith & Co.pem")]
    [InlineData("Müller.pem")]
    [InlineData("[root].pem")]
    public async Task DeleteTrust_OfAFileNameTheCliCannotCarry_IsThatNodesFailureWithTheReason_AndSendsNothing(string file)
    {
        var connection = new LabConnection(lab);
        await using var session = await connection.OpenAsync("lab-west", "cucm-pub");
        var log = lab.Node("lab-west", "cucm-pub").CommandLog;
        var mark = CommandLog.Commands(log).Count;

        // A plain argument error here stalled the runner: the plan re-check and the chat only handle node failures.
        var failure = await Assert.ThrowsAsync<NodeException>(() => session.DeleteTrustAsync("tomcat-trust", file, None));

        Assert.Equal("lab-west/cucm-pub", failure.Node);
        Assert.Contains($"'{file}' cannot be named safely", failure.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was sent", failure.Message, StringComparison.Ordinal);
        Assert.Empty(CommandLog.Commands(log).Skip(mark));
    }

    [Fact]
    public async Task GenerateCsr_ReturnsARequestForTheUnitsSubject()
    {
        using var connection = new LabConnection(lab);
        await using var session = await connection.OpenAsync("lab-west", "cucm-pub");

        var csr = await session.GenerateCsrAsync("tomcat", multiServer: false, None);

        var request = System.Security.Cryptography.X509Certificates.CertificateRequest.LoadSigningRequestPem(csr,
            System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.X509Certificates.CertificateRequestLoadOptions.Default);
        Assert.Contains("cucm-pub", request.SubjectName.Name, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ControlService_StopThenStartThenRestart_EndsInTheWantedState()
    {
        using var connection = new LabConnection(lab);
        await using var session = await connection.OpenAsync("lab-west", "cucm-pub");
        var wait = TimeSpan.FromSeconds(60);

        var stopped = await session.ControlServiceAsync("Cisco Certificate Expiry Monitor", ServiceAction.Stop, wait, None);
        var started = await session.ControlServiceAsync("Cisco Certificate Expiry Monitor", ServiceAction.Start, wait, None);
        var restarted = await session.ControlServiceAsync("Cisco Tomcat", ServiceAction.Restart, wait, None);

        Assert.Equal(ServiceState.Stopped, stopped.State);
        Assert.Equal(ServiceState.Started, started.State);
        Assert.Equal(ServiceState.Started, restarted.State);
    }

    [Fact]
    public async Task Bulk_ExportConsolidateImport_FilesAreReadBackFromTheSftpServer()
    {
        using var connection = new LabConnection(lab);
        var sftp = lab.Inventory.Sftp;
        var settings = new BulkSftpSettings(sftp.Host, sftp.Port, sftp.Username, sftp.Password, sftp.Directory);
        await using (var east = await connection.OpenAsync("lab-east", "cucm-pub"))
        {
            await east.ConfigureBulkSftpAsync(settings, None);
            await east.BulkAsync(BulkOperation.Export, None);
        }

        await using (var west = await connection.OpenAsync("lab-west", "cucm-pub"))
        {
            await west.ConfigureBulkSftpAsync(settings, None);
            await west.BulkAsync(BulkOperation.Export, None);
            await west.BulkAsync(BulkOperation.Consolidate, None);
            await west.BulkAsync(BulkOperation.Import, None);
            var trust = await west.ListEntriesAsync(trust: true, None);
            Assert.Contains(trust, e => e.Unit == "CallManager-trust" && e.File.Contains("east", StringComparison.OrdinalIgnoreCase));
        }

        Assert.DoesNotContain(sftp.Password, string.Join('\n', File.ReadAllLines(lab.Node("lab-west", "cucm-pub").CommandLog)), StringComparison.Ordinal);
        // What the exports hold, read by the adapter from the files themselves (per node, per unit).
        var held = await connection.BulkDirectory.ReadCertificatesAsync(settings, None);
        Assert.Contains(held, c => c.Node == "cucm-pub.east.lab.example" && c.Unit == "CallManager" && c.Certificate.File == "cucm-pub.east.lab.example.p12");
        Assert.Contains(held, c => c.Node == "cucm-sub1.west.lab.example" && c.Unit == "tomcat");
        Assert.All(held, c => Assert.Contains(c.Unit, ExportedUnits));
        var endpoint = connection.Directory.SftpEndpoint()!;
        var local = Directory.CreateTempSubdirectory("certbot-bulk-").FullName;
        try
        {
            // The whole bulk directory in one login.
            var files = await connection.Sftp.DownloadDirectoryAsync(endpoint, sftp.Directory, local, None);

            Assert.Contains("cucm-pub.east.lab.example.p12", files);
            Assert.Contains("consolidated.p12", files);
            // The lab writes bulk files as CUCM does (RC2-40 certificate bags, SHA-1 MAC) under its own, invented password.
            var certificates = Pkcs12Reader.ReadFile(Path.Combine(local, "consolidated.p12"), "certbot-lab-bulk");
            Assert.Contains(certificates, c => c.Unit.StartsWith("cucm-pub.east.lab.example/", StringComparison.Ordinal));
            Assert.Contains(certificates, c => c.Unit.StartsWith("cucm-pub.west.lab.example/", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(local, recursive: true);
        }
    }

    [Fact]
    public async Task Sftp_UploadListDownload_RoundTripsTheBytes()
    {
        using var connection = new LabConnection(lab);
        var client = connection.Sftp;
        var endpoint = connection.Directory.SftpEndpoint()!;
        var directory = lab.Inventory.Sftp.Directory.TrimEnd('/');
        var up = Path.GetTempFileName();
        var down = up + ".down";
        try
        {
            await File.WriteAllBytesAsync(up, System.Security.Cryptography.RandomNumberGenerator.GetBytes(50_000));
            var name = $"roundtrip-{Guid.NewGuid():N}.bin";

            await client.UploadAsync(endpoint, up, $"{directory}/{name}", None);
            Assert.Contains(name, await client.ListAsync(endpoint, lab.Inventory.Sftp.Directory, None));
            await client.DownloadAsync(endpoint, $"{directory}/{name}", down, None);

            Assert.Equal(await File.ReadAllBytesAsync(up), await File.ReadAllBytesAsync(down));
        }
        finally
        {
            File.Delete(up);
            File.Delete(down);
        }
    }

    [Fact]
    public async Task BulkDirectory_ListsTheConfiguredServer_AndRefusesAnUnpinnedOne()
    {
        using var connection = new LabConnection(lab);
        var client = connection.Sftp;
        var endpoint = connection.Directory.SftpEndpoint()!;
        var sftp = lab.Inventory.Sftp;
        var marker = Path.GetTempFileName();
        var name = $"listing-{Guid.NewGuid():N}.txt";
        await client.UploadAsync(endpoint, marker, $"{sftp.Directory.TrimEnd('/')}/{name}", None);
        File.Delete(marker);
        // The directory every composition registers: the strict one, only the configured server with its pinned key.
        var directory = connection.BulkDirectory;

        var listed = await directory.ListAsync(new BulkSftpSettings(sftp.Host, sftp.Port, sftp.Username, sftp.Password, sftp.Directory), None);
        var elsewhere = await Assert.ThrowsAsync<NodeException>(() =>
            directory.ListAsync(new BulkSftpSettings("127.0.0.250", sftp.Port, sftp.Username, sftp.Password, sftp.Directory), None));

        Assert.Contains(name, listed);
        Assert.Equal(NodeFailure.HostKeyMismatch, elsewhere.Failure);
    }
}
