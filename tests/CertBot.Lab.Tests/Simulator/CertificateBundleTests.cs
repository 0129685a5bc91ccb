using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using CertBot.Lab.Pki;

namespace CertBot.Lab.Tests.Simulator;

public sealed class CertificateBundleTests : IClassFixture<SimulatorLabFixture>
{
    private static readonly string[] ExportedUnits = ["tomcat", "CallManager", "CAPF", "ITLRecovery"];
    private readonly SimulatorLab lab;

    public CertificateBundleTests(SimulatorLabFixture fixture) => lab = fixture.Lab;

    [Fact]
    public void Bundle_RoundTrips_NodeAndUnitOfEveryCertificate()
    {
        var entries = Entries();
        var read = CertificateBundle.Read(CertificateBundle.Write(entries));

        Assert.Equal(entries.Select(e => (e.Fqdn, e.Unit, e.Certificate.Thumbprint)), read.Select(e => (e.Fqdn, e.Unit, e.Certificate.Thumbprint)));
    }

    [Fact]
    public async Task Bundle_IsAPkcs12FileOpenSslReads()
    {
        var file = Path.Combine(lab.Root, "bundle.p12");
        await File.WriteAllBytesAsync(file, CertificateBundle.Write(Entries()));

        var (output, _) = await OpenSslAsync("pkcs12", "-legacy", "-in", file, "-nokeys", "-passin", "pass:" + CertificateBundle.FilePassword, "-noenc");

        Assert.Equal(4, output.Split("-----BEGIN CERTIFICATE-----").Length - 1);
        Assert.Contains("friendlyName: cucm-pub.west.lab.example/CallManager", output);
    }

    [Fact]
    public async Task Bundle_IsWrittenAsCucmWritesIt_Rc2Of40BitsAndASha1Mac()
    {
        var file = Path.Combine(lab.Root, "legacy.p12");
        await File.WriteAllBytesAsync(file, CertificateBundle.Write(Entries()));

        var (_, info) = await OpenSslAsync("pkcs12", "-info", "-legacy", "-noout", "-in", file, "-passin", "pass:" + CertificateBundle.FilePassword);

        Assert.Contains("MAC: sha1", info, StringComparison.Ordinal);
        Assert.Contains("PKCS7 Encrypted data: pbeWithSHA1And40BitRC2-CBC", info, StringComparison.Ordinal);
        Assert.DoesNotContain("PKCS7 Data\n", info, StringComparison.Ordinal);
    }

    private static async Task<(string Output, string Errors)> OpenSslAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("openssl") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var openssl = Process.Start(start)!;
        var output = await openssl.StandardOutput.ReadToEndAsync();
        var errors = await openssl.StandardError.ReadToEndAsync();
        await openssl.WaitForExitAsync();
        Assert.True(openssl.ExitCode == 0, errors);
        return (output, errors);
    }

    private List<BundleEntry> Entries()
    {
        var files = lab.Store("lab-west", "cucm-pub").Files;
        return [.. ExportedUnits.Select(unit => new BundleEntry("cucm-pub.west.lab.example", unit, X509Certificate2.CreateFromPem(files.ReadOwnCertificate(unit))))];
    }
}
