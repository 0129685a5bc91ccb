using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CertBot.Lab.Pki;

namespace CertBot.Lab.Tests.Simulator;

/// <summary>
/// The CSR path on the simulated nodes: <c>set csr gen</c> (single-node and multi-server), the lab CA's answer,
/// <c>set cert import trust</c> for its chain and <c>set cert import own</c> checked like a real node checks it.
/// </summary>
public sealed class RenewalTests : IClassFixture<SimulatorLabFixture>
{
    private const string Failure = "Executed command unsuccessfully";
    private readonly SimulatorLab lab;

    public RenewalTests(SimulatorLabFixture fixture) => lab = fixture.Lab;

    private LabCertificateAuthority Authority => new(lab.Root, TimeProvider.System);

    [Fact]
    public async Task SingleNode_CsrHasANewKey_AndTheSignedAnswerNeedsItsIssuingCaInTrustFirst()
    {
        var before = Own("lab-east", "imp-sub2", "cup-xmpp");
        await using var node = await lab.LoginAsync("lab-east", "imp-sub2");
        await node.RunAsync("set cli pagination off");
        var question = await node.RunUntilAsync("set csr gen cup-xmpp", "(yes|no)? ");
        var generated = await node.AnswerAsync("yes");
        var csrPem = Csr(await node.RunAsync("show csr own cup-xmpp/cup-xmpp.csr"));
        var request = CertificateRequest.LoadSigningRequestPem(csrPem, HashAlgorithmName.SHA256, CertificateRequestLoadOptions.UnsafeLoadCertificateExtensions);
        var listed = await node.RunAsync("show csr list own");

        Assert.Contains("Include OU in CSR (yes|no)? ", question, StringComparison.Ordinal);
        Assert.DoesNotContain("multi-server", question, StringComparison.Ordinal);
        Assert.Contains("Successfully Generated CSR for cup-xmpp.", generated, StringComparison.Ordinal);
        Assert.Contains("cup-xmpp/cup-xmpp.csr", listed, StringComparison.Ordinal);
        Assert.False(request.PublicKey.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(before.PublicKey.ExportSubjectPublicKeyInfo()));
        Assert.Equal(Sans(before), Sans(request));

        var answer = Certificates(Authority.Sign(csrPem, intermediate: true));
        var refused = await PasteAsync(node, "set cert import own cup-xmpp", answer[0]);
        Assert.Contains($"The CA certificate of '{LabCertificateAuthority.IssuingName}' is not in cup-xmpp-trust", refused, StringComparison.Ordinal);
        Assert.Contains(Failure, refused, StringComparison.Ordinal);
        Assert.Equal(before.Thumbprint, Own("lab-east", "imp-sub2", "cup-xmpp").Thumbprint);

        var trusted = await PasteAsync(node, "set cert import trust cup-xmpp", answer[1]);
        var imported = await PasteAsync(node, "set cert import own cup-xmpp", answer[0]);

        Assert.Contains("Successfully imported certificate for cup-xmpp.", trusted, StringComparison.Ordinal);
        Assert.Contains("Successfully imported certificate for cup-xmpp.", imported, StringComparison.Ordinal);
        var after = Own("lab-east", "imp-sub2", "cup-xmpp");
        Assert.Equal(X509Certificate2.CreateFromPem(answer[0]).Thumbprint, after.Thumbprint);
        Assert.Equal(LabCertificateAuthority.IssuingName, after.GetNameInfo(X509NameType.SimpleName, forIssuer: true));
        Assert.Null(lab.Store("lab-east", "imp-sub2").Files.ReadCsr("cup-xmpp"));
        using var key = CertificateFactory.LoadKey(lab.Store("lab-east", "imp-sub2").Files.ReadOwnKey("cup-xmpp"));
        Assert.True(key.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(after.PublicKey.ExportSubjectPublicKeyInfo()));
    }

    [Theory]
    [InlineData(SigningFlaw.OtherKey, "The certificate does not match the CSR generated for CallManager.")]
    [InlineData(SigningFlaw.Expired, "The certificate is not valid now")]
    [InlineData(SigningFlaw.SelfSigned, "The certificate is self-signed")]
    [InlineData(SigningFlaw.IncompleteChain, $"The CA certificate of '{LabCertificateAuthority.IssuingName}' is not in CallManager-trust")]
    public async Task WrongAnswers_AreRefusedWithTheirReason_AndTheIdentityStays(SigningFlaw flaw, string reason)
    {
        var before = Own("lab-west", "cucm-sub1", "CallManager");
        await using var node = await lab.LoginAsync("lab-west", "cucm-sub1");
        await node.RunAsync("set cli pagination off");
        await node.RunUntilAsync("set csr gen CallManager", "(yes|no)? ");
        await node.AnswerAsync("no");
        var csrPem = Csr(await node.RunAsync("show csr own CallManager/CallManager.csr"));

        var output = await PasteAsync(node, "set cert import own CallManager", Certificates(Authority.Sign(csrPem, intermediate: true, flaw))[0]);

        Assert.Contains(reason, output, StringComparison.Ordinal);
        Assert.Contains(Failure, output, StringComparison.Ordinal);
        Assert.Equal(before.Thumbprint, Own("lab-west", "cucm-sub1", "CallManager").Thumbprint);
        Assert.NotNull(lab.Store("lab-west", "cucm-sub1").Files.ReadCsr("CallManager"));
    }

    [Fact]
    public async Task MultiServer_OnTheCucmPublisher_CoversEveryNode_AndIsInstalledEverywhereOrNowhere()
    {
        var nodes = new[] { "cucm-pub", "cucm-sub1", "imp-pub", "imp-sub1", "imp-sub2" };
        var before = nodes.ToDictionary(n => n, n => Own("lab-east", n, "tomcat").Thumbprint);
        await using var publisher = await lab.LoginAsync("lab-east", "cucm-pub");
        await publisher.RunAsync("set cli pagination off");
        await publisher.RunUntilAsync("set csr gen tomcat", "Include OU in CSR (yes|no)? ");
        var distribution = await publisher.RunUntilAsync("yes", "(yes|no)? ");
        await publisher.AnswerAsync("yes");
        var csrPem = Csr(await publisher.RunAsync("show csr own tomcat/tomcat.csr"));
        var request = CertificateRequest.LoadSigningRequestPem(csrPem, HashAlgorithmName.SHA256, CertificateRequestLoadOptions.UnsafeLoadCertificateExtensions);

        Assert.Contains("multi-server (SAN) CSR", distribution, StringComparison.Ordinal);
        Assert.Contains("CN=cucm-pub-ms.east.lab.example", request.SubjectName.Name, StringComparison.Ordinal);
        Assert.Subset(Sans(request).ToHashSet(), nodes.Select(n => n + ".east.lab.example").ToHashSet());

        var answer = Certificates(Authority.Sign(csrPem, intermediate: true));
        foreach (var node in nodes.Where(n => n != "imp-sub1"))
        {
            await using var login = await lab.LoginAsync("lab-east", node);
            Assert.Contains("Successfully imported", await PasteAsync(login, "set cert import trust tomcat", answer[1]), StringComparison.Ordinal);
        }

        var refused = await PasteAsync(publisher, "set cert import own tomcat", answer[0]);
        Assert.Contains("imp-sub1: The CA certificate of", refused, StringComparison.Ordinal);
        Assert.All(nodes, n => Assert.Equal(before[n], Own("lab-east", n, "tomcat").Thumbprint));

        await using (var imp = await lab.LoginAsync("lab-east", "imp-sub1"))
        {
            await PasteAsync(imp, "set cert import trust tomcat", answer[1]);
        }

        var imported = await PasteAsync(publisher, "set cert import own tomcat", answer[0]);

        Assert.Contains("Successfully imported certificate for tomcat.", imported, StringComparison.Ordinal);
        var expected = X509Certificate2.CreateFromPem(answer[0]).Thumbprint;
        Assert.All(nodes, n => Assert.Equal(expected, Own("lab-east", n, "tomcat").Thumbprint));
    }

    [Fact]
    public async Task SubscriberOrUnitWithoutMultiServer_IsNeverAskedForADistribution()
    {
        await using var node = await lab.LoginAsync("lab-east", "cucm-pub");
        await node.RunUntilAsync("set csr gen ipsec", "(yes|no)? ");

        var done = await node.AnswerAsync("yes");

        Assert.Contains("Successfully Generated CSR for ipsec.", done, StringComparison.Ordinal);
        Assert.Empty(lab.Store("lab-east", "cucm-pub").Files.CsrNodes("ipsec"));
    }

    [Fact]
    public async Task SignVerb_AnswersACsrWithTheCertificateThenTheIssuingCaThenTheRoot()
    {
        using var key = RSA.Create(2048);
        var csrFile = Path.Combine(lab.Root, "verb.csr");
        await File.WriteAllTextAsync(csrFile, new CertificateRequest("CN=verb.east.lab.example", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1).CreateSigningRequestPem());

        var (exit, output) = await RunLabAsync("sign", csrFile, "--intermediate", "--dir", lab.Root);
        var (badExit, badOutput) = await RunLabAsync("sign", csrFile, "--flaw", "sloppy", "--dir", lab.Root);

        Assert.Equal(0, exit);
        var chain = Certificates(output).Select(p => X509Certificate2.CreateFromPem(p)).ToList();
        Assert.Equal(["CN=verb.east.lab.example", LabCertificateAuthority.IssuingName, "Lab Root CA"],
            chain.Select((c, i) => i == 0 ? c.Subject : c.GetNameInfo(X509NameType.SimpleName, false)));
        Assert.Equal(1, badExit);
        Assert.Contains("unknown flaw 'sloppy'", badOutput, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output)> RunLabAsync(params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "certbot-lab.dll"));
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    private X509Certificate2 Own(string cluster, string node, string unit) =>
        X509Certificate2.CreateFromPem(lab.Store(cluster, node).Files.ReadOwnCertificate(unit));

    private static async Task<string> PasteAsync(NodeConsole node, string command, string pem)
    {
        await node.RunUntilAsync(command, "Paste the Certificate and Hit Enter");
        return await node.AnswerAsync(pem.Trim().Replace("\n", "\r", StringComparison.Ordinal));
    }

    private static string Csr(string output)
    {
        var start = output.IndexOf("-----BEGIN CERTIFICATE REQUEST-----", StringComparison.Ordinal);
        var end = output.IndexOf("-----END CERTIFICATE REQUEST-----", StringComparison.Ordinal);
        return output[start..(end + "-----END CERTIFICATE REQUEST-----".Length)].Replace("\r", "", StringComparison.Ordinal) + "\n";
    }

    private static List<string> Certificates(string pem) =>
        [.. pem.Split("-----END CERTIFICATE-----", StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p.Contains("BEGIN", StringComparison.Ordinal))
            .Select(p => p.Trim() + "\n-----END CERTIFICATE-----\n")];

    private static List<string> Sans(X509Certificate2 certificate) =>
        [.. certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single().EnumerateDnsNames()];

    private static List<string> Sans(CertificateRequest request) =>
        [.. request.CertificateExtensions.OfType<X509SubjectAlternativeNameExtension>().Single().EnumerateDnsNames()];
}
