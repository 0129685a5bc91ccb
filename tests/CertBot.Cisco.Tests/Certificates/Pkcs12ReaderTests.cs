using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using CertBot.Cisco.Certificates;

namespace CertBot.Cisco.Tests.Certificates;

public sealed class Pkcs12ReaderTests
{
    [Fact]
    public void Read_UnprotectedBundle_ListsEveryCertificateWithItsFriendlyName()
    {
        using var tomcat = TestCertificates.SelfSigned("cucm-pub.east.lab.example", "cucm-pub.east.lab.example");
        using var tftp = TestCertificates.SelfSigned("CallManager-cucm-pub");
        var bytes = Bundle(null, (tomcat, "cucm-pub.east.lab.example/tomcat"), (tftp, "cucm-pub.east.lab.example/CallManager"));

        var certificates = Pkcs12Reader.Read(bytes, null, "lab-east_tomcat_certs.p12");

        Assert.Equal(2, certificates.Count);
        Assert.Equal("cucm-pub.east.lab.example/tomcat", certificates[0].Unit);
        Assert.Equal(Pkcs12Reader.Store, certificates[0].Store);
        Assert.Equal("lab-east_tomcat_certs.p12", certificates[1].File);
        Assert.Equal(tftp.SerialNumber, certificates[1].Serial);
        Assert.Equal(["cucm-pub.east.lab.example"], certificates[0].SubjectAlternativeNames);
    }

    [Fact]
    public void Read_PasswordProtectedBundle_NeedsTheRightPassword()
    {
        using var tomcat = TestCertificates.SelfSigned("a");
        var bytes = Bundle("bulk-pw", (tomcat, "a/tomcat"));

        Assert.Single(Pkcs12Reader.Read(bytes, "bulk-pw", "a.p12"));
        Assert.ThrowsAny<CryptographicException>(() => Pkcs12Reader.Read(bytes, "wrong", "a.p12"));
    }

    [Fact]
    public void Read_NotPkcs12_Throws()
    {
        Assert.ThrowsAny<CryptographicException>(() => Pkcs12Reader.Read(new byte[] { 1, 2, 3 }, null, "x.p12"));
    }

    private static byte[] Bundle(string? password, params (X509Certificate2 Certificate, string Name)[] entries)
    {
        var contents = new Pkcs12SafeContents();
        foreach (var (certificate, name) in entries)
        {
            var bag = contents.AddCertificate(certificate);
            bag.Attributes.Add(new Pkcs9AttributeObject("1.2.840.113549.1.9.20", Bmp(name)));
        }

        var builder = new Pkcs12Builder();
        if (password is null)
        {
            builder.AddSafeContentsUnencrypted(contents);
            builder.SealWithoutIntegrity();
        }
        else
        {
            builder.AddSafeContentsEncrypted(contents, password, new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 1000));
            builder.SealWithMac(password, HashAlgorithmName.SHA256, 1000);
        }

        return builder.Encode();
    }

    private static byte[] Bmp(string text)
    {
        var writer = new System.Formats.Asn1.AsnWriter(System.Formats.Asn1.AsnEncodingRules.DER);
        writer.WriteCharacterString(System.Formats.Asn1.UniversalTagNumber.BMPString, text);
        return writer.Encode();
    }
}
