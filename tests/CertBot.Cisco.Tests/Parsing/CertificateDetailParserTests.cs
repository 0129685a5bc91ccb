using System.Security.Cryptography;
using CertBot.Cisco.Parsing;
using CertBot.Cisco.Tests.Certificates;

namespace CertBot.Cisco.Tests.Parsing;

public sealed class CertificateDetailParserTests
{
    [Fact]
    public void Parse_OutputWithPem_TakesEveryFieldFromThePem()
    {
        using var certificate = TestCertificates.SelfSigned("cucm-pub.east.lab.example", "cucm-pub.east.lab.example", "cucm-pub");
        var output = "SignatureAlgorithm: SHA256withRSA (1.2.840.113549.1.1.11)\r\nIssuer Name: CN=wrong\r\nSubject Name: CN=wrong\r\n"
            + "Serial Number: 00\r\nValidity From: Tue Nov 21 10:00:00 PST 2000\r\n         To:   Tue Nov 21 10:00:00 PST 2001\r\n"
            + TestCertificates.Pem(certificate).Replace("\n", "\r\n", StringComparison.Ordinal);

        var detail = CertificateDetailParser.Parse(output, "own", "tomcat", "tomcat.pem");

        Assert.NotNull(detail);
        Assert.True(detail.FromPem);
        var c = detail.Certificate;
        Assert.Equal(certificate.SerialNumber, c.Serial);
        Assert.Equal(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), c.NotAfter);
        Assert.Equal(["cucm-pub.east.lab.example", "cucm-pub"], c.SubjectAlternativeNames);
        Assert.True(c.SelfSigned);
        Assert.Equal("RSA", c.KeyAlgorithm);
        Assert.Equal(2048, c.KeySize);
        Assert.Equal("sha256RSA", c.SignatureAlgorithm);
        Assert.Equal(certificate.GetCertHashString(HashAlgorithmName.SHA256), c.Sha256Thumbprint);
        Assert.Equal(("own", "tomcat", "tomcat.pem"), (c.Store, c.Unit, c.File));
    }

    [Fact]
    public void Parse_PemBrokenByPagerAndFlattened_StillDecodes()
    {
        using var certificate = TestCertificates.SelfSigned("imp-pub");
        var lines = TestCertificates.Pem(certificate).Split('\n');
        var mangled = string.Join(" ", lines.Take(5)) + "\u001b[1mPress <enter> for 1 line, <space> for one page, or <q> to quit\u001b[0m\u001b[K"
            + string.Join("\r\n", lines.Skip(5));

        var detail = CertificateDetailParser.Parse(mangled, "own", "cup", "cup.pem");

        Assert.NotNull(detail);
        Assert.Equal(certificate.SerialNumber, detail.Certificate.Serial);
    }

    [Fact]
    public void Parse_CaSignedPem_IsNotSelfSigned()
    {
        var (ca, leaf) = TestCertificates.CaSigned("imp-sub2.east.lab.example", "imp-sub2.east.lab.example", "east.lab.example", "conference.east.lab.example");
        using (ca)
        using (leaf)
        {
            var detail = CertificateDetailParser.Parse(TestCertificates.Pem(leaf), "own", "cup-xmpp", "cup-xmpp.pem");

            Assert.NotNull(detail);
            Assert.False(detail.Certificate.SelfSigned);
            Assert.Equal("ECDSA", detail.Certificate.KeyAlgorithm);
            Assert.Equal(256, detail.Certificate.KeySize);
            Assert.Equal(3, detail.Certificate.SubjectAlternativeNames.Count);
            Assert.Equal("0102030405", detail.Certificate.Serial);
        }
    }

    [Fact]
    public void Parse_TextOnlyValidityFromTo_UsesTheTextFields()
    {
        const string output = "SignatureAlgorithm: SHA1withRSA (1.2.840.113549.1.1.5)\n"
            + "Issuer Name: CN=CUCMA, OU=cisco, O=cisco, L=cisco, ST=cisco, C=IN\n"
            + "Subject Name: CN=CUCMA, OU=cisco, O=cisco, L=cisco, ST=cisco, C=IN\n"
            + "Serial Number: 5a:1b:00:ff\n"
            + "Validity From: Tue Nov 21 10:00:00 PST 2023\n"
            + "         To:   Sun Nov 19 10:00:00 PST 2028\n";

        var detail = CertificateDetailParser.Parse(output, "own", "CallManager", "CallManager.pem");

        Assert.NotNull(detail);
        Assert.False(detail.FromPem);
        Assert.Equal("5A1B00FF", detail.Certificate.Serial);
        Assert.Equal(new DateTimeOffset(2028, 11, 19, 18, 0, 0, TimeSpan.Zero), detail.Certificate.NotAfter);
        Assert.Equal(new DateTimeOffset(2023, 11, 21, 18, 0, 0, TimeSpan.Zero), detail.Certificate.NotBefore);
        Assert.True(detail.Certificate.SelfSigned);
        Assert.Equal("SHA1withRSA", detail.Certificate.SignatureAlgorithm);
    }

    [Fact]
    public void Parse_TextOnlyNotAfterLayout_UsesIt()
    {
        const string output = "Issuer Name: CN=Lab CA\nSubject Name: CN=cucm\nSerial Number: 0x01AB\nNot After : Jan  5 12:00:00 2027 GMT\n";

        var detail = CertificateDetailParser.Parse(output, "tomcat-trust", "tomcat-trust", "cucm.pem");

        Assert.NotNull(detail);
        Assert.Equal("01AB", detail.Certificate.Serial);
        Assert.Equal(new DateTimeOffset(2027, 1, 5, 12, 0, 0, TimeSpan.Zero), detail.Certificate.NotAfter);
        Assert.False(detail.Certificate.SelfSigned);
    }

    [Fact]
    public void Parse_FailureOutput_ReturnsNull()
    {
        Assert.Null(CertificateDetailParser.Parse("Invalid unit: tomcatx\nExecuted command unsuccessfully\n", "own", "tomcatx", "tomcatx.pem"));
    }
}
