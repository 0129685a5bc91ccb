using System.Security.Cryptography;
using CertBot.Engine.Model;
using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;
using CertBot.Engine.Renewal;
using CertBot.Engine.Tests.Fakes;

namespace CertBot.Engine.Tests.Renewal;

public sealed class AnswerValidatorTests : IDisposable
{
    private static readonly DateTimeOffset Now = Certs.Now;
    private static readonly NodeRef Sub1 = new("lab-east", "imp-sub1", Product.Imp, NodeRole.Subscriber);
    private static readonly NodeRef Sub2 = new("lab-east", "imp-sub2", Product.Imp, NodeRole.Subscriber);
    private readonly TestAuthority ca = new(Now);
    private readonly (string Csr, RSA Key) sub1 = TestAuthority.Csr("imp-sub1.east.example", "imp-sub1.east.example", "east.example");
    private readonly (string Csr, RSA Key) sub2 = TestAuthority.Csr("imp-sub2.east.example", "imp-sub2.east.example", "east.example");

    [Fact]
    public void BothCertificatesAndTheChain_AreAccepted_WithTheChainRootLast()
    {
        var (accepted, message) = Validate(ca.Sign(sub1.Csr) + ca.Sign(sub2.Csr) + ca.IssuingPem + ca.RootPem);

        Assert.NotNull(accepted);
        Assert.True(accepted.IsAnswered);
        Assert.Equal(2, accepted.Chain.Count);
        Assert.Contains("Test Root CA", System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(accepted.Chain[^1]).Subject, StringComparison.Ordinal);
        Assert.Contains("imp-sub1: subject imp-sub1.east.example, issued by Test Issuing CA 2", message, StringComparison.Ordinal);
    }

    [Fact]
    public void OneOfTwo_IsKept_AndTheRunStillWaitsForTheOther()
    {
        var (accepted, message) = Validate(ca.Sign(sub1.Csr) + ca.IssuingPem + ca.RootPem);

        Assert.NotNull(accepted);
        Assert.False(accepted.IsAnswered);
        Assert.Equal(["imp-sub2"], accepted.Unanswered);
        Assert.Contains("still waiting for the certificate of imp-sub2", message, StringComparison.Ordinal);
        var (second, _) = AnswerValidator.Validate(Plan(), accepted, ca.Sign(sub2.Csr), Now);
        Assert.True(second!.IsAnswered);
    }

    [Fact]
    public void OtherKey_IsRefused_NamingTheCsrs()
    {
        using var other = RSA.Create(2048);

        var (accepted, message) = Validate(ca.Sign(sub1.Csr, otherKey: other) + ca.IssuingPem + ca.RootPem);

        Assert.Null(accepted);
        Assert.Equal("the certificate's key does not match imp-sub1's, imp-sub2's CSR", message);
    }

    [Fact]
    public void AnswerWithAPrivateKey_IsRefusedWhole_EvenWithTheRightCertificate()
    {
        using var key = RSA.Create(2048);

        var (accepted, message) = Validate(ca.Sign(sub1.Csr) + ca.IssuingPem + ca.RootPem + key.ExportPkcs8PrivateKeyPem());

        Assert.Null(accepted);
        Assert.StartsWith("the answer is refused: it holds a private key", message, StringComparison.Ordinal);
        Assert.DoesNotContain(key.ExportPkcs8PrivateKeyPem().Split('\n')[1], message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingSan_IsRefused_NamingIt()
    {
        var (accepted, message) = Validate(ca.Sign(sub1.Csr, names: ["imp-sub1.east.example"]) + ca.IssuingPem + ca.RootPem);

        Assert.Null(accepted);
        Assert.Equal("the certificate for imp-sub1's CSR lacks the SAN(s) the CSR asked for: east.example", message);
    }

    [Fact]
    public void Expired_IsRefused()
    {
        var (accepted, message) = Validate(ca.Sign(sub1.Csr, notAfter: Now.AddDays(-1)) + ca.IssuingPem + ca.RootPem);

        Assert.Null(accepted);
        Assert.StartsWith("the certificate for imp-sub1 is not valid now", message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotLaterThanTheCurrentCertificate_IsRefused()
    {
        var (accepted, message) = Validate(ca.Sign(sub1.Csr, notAfter: Now.AddDays(10)) + ca.IssuingPem + ca.RootPem);

        Assert.Null(accepted);
        Assert.Contains("not later than the current one", message, StringComparison.Ordinal);
    }

    [Fact]
    public void IncompleteChain_IsRefused_SayingWhereItStops()
    {
        var (accepted, message) = Validate(ca.Sign(sub1.Csr) + ca.IssuingPem);

        Assert.Null(accepted);
        Assert.Equal("chain stops at 'Test Issuing CA 2': add its issuer 'Test Root CA'", message);
    }

    [Fact]
    public void MissingClientAuth_IsRefusedForTomcat()
    {
        var (accepted, message) = AnswerValidator.Validate(Plan("tomcat"), Material(), ca.Sign(sub1.Csr, usages: ["1.3.6.1.5.5.7.3.1"]) + ca.IssuingPem + ca.RootPem, Now);

        Assert.Null(accepted);
        Assert.Equal("the certificate's extended key usage lacks clientAuth, which tomcat needs", message);
    }

    [Fact]
    public void SelfSigned_IsRefused()
    {
        using var key = RSA.Create(2048);
        var self = new CertificateRequestShim(key).SelfSigned("CN=imp-sub1.east.example", Now);

        var (accepted, message) = Validate(self);

        Assert.Null(accepted);
        Assert.Equal("'imp-sub1.east.example' is self-signed: the renewal needs the certificate the CA signed for the CSR", message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello, here is the certificate")]
    [InlineData("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----")]
    public void Garbage_IsRefused(string answer)
    {
        var (accepted, message) = Validate(answer);

        Assert.Null(accepted);
        Assert.True(message.StartsWith("the answer holds no PEM certificate", StringComparison.Ordinal) || message.StartsWith("a certificate of the answer cannot be read", StringComparison.Ordinal), message);
    }

    public void Dispose()
    {
        ca.Dispose();
        sub1.Key.Dispose();
        sub2.Key.Dispose();
    }

    private (RenewalMaterial? Accepted, string Message) Validate(string answer) => AnswerValidator.Validate(Plan(), Material(), answer, Now);

    private RenewalMaterial Material() => RenewalMaterial.Empty.WithCsr("imp-sub1", sub1.Csr).WithCsr("imp-sub2", sub2.Csr);

    private static Plan Plan(string unit = "cup-xmpp")
    {
        var builder = new PlanBuilder();
        foreach (var node in new[] { Sub1, Sub2 })
        {
            builder.Add(new PlanStep(0, StepKind.GenerateCsr, node, "csr", "set csr gen " + unit, false, TimeSpan.Zero,
                Unit: unit, PreviousNotAfter: Now.AddDays(40), ExpectedNames: [node.Name + ".east.example"], MultiServer: false));
        }

        return builder.Build(ProcedureRequest.Renew("lab-east", UnitCatalog.CupXmpp), Now);
    }

    /// <summary>A self-signed certificate, as a wrong answer.</summary>
    private sealed class CertificateRequestShim(RSA key)
    {
        public string SelfSigned(string subject, DateTimeOffset now)
        {
            var request = new System.Security.Cryptography.X509Certificates.CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
            return certificate.ExportCertificatePem();
        }
    }
}
