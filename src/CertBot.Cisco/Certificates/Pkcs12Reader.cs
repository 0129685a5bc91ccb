using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using CertBot.Engine.Model;

namespace CertBot.Cisco.Certificates;

/// <summary>
/// Lists the certificates a PKCS#12 file holds (the bulk export files: certificate bags named
/// <c>&lt;fqdn&gt;/&lt;unit&gt;</c>, usually without MAC or encryption). Reads with the BCL's
/// <see cref="Pkcs12Info"/>; password-protected files are verified and decrypted with the given password.
/// </summary>
public static class Pkcs12Reader
{
    /// <summary>The store name the certificates of a PKCS#12 file carry in <see cref="CertificateInfo"/>.</summary>
    public const string Store = "pkcs12";

    private const string FriendlyNameOid = "1.2.840.113549.1.9.20";

    /// <param name="file">The file's name, kept in each certificate's <see cref="CertificateInfo.File"/>.</param>
    /// <exception cref="CryptographicException">Not a PKCS#12 file, or the password is wrong.</exception>
    public static IReadOnlyList<CertificateInfo> Read(ReadOnlyMemory<byte> data, string? password, string file)
    {
        var info = Pkcs12Info.Decode(data, out _, skipCopy: true);
        if (info.IntegrityMode == Pkcs12IntegrityMode.Password && !info.VerifyMac(password))
        {
            throw new CryptographicException($"{file}: the password is wrong or the file is damaged (MAC check failed).");
        }

        var certificates = new List<CertificateInfo>();
        foreach (var safe in info.AuthenticatedSafe)
        {
            if (safe.ConfidentialityMode == Pkcs12ConfidentialityMode.Password)
            {
                safe.Decrypt(password);
            }
            else if (safe.ConfidentialityMode != Pkcs12ConfidentialityMode.None)
            {
                continue;
            }

            foreach (var bag in safe.GetBags().OfType<Pkcs12CertBag>().Where(b => b.IsX509Certificate))
            {
                using var certificate = bag.GetCertificate();
                certificates.Add(CertificateReader.Read(certificate, Store, FriendlyName(bag) ?? "", file));
            }
        }

        return certificates;
    }

    public static IReadOnlyList<CertificateInfo> ReadFile(string path, string? password = null) =>
        Read(File.ReadAllBytes(path), password, Path.GetFileName(path));

    private static string? FriendlyName(Pkcs12SafeBag bag)
    {
        foreach (var attribute in bag.Attributes)
        {
            if (attribute.Oid.Value != FriendlyNameOid || attribute.Values.Count == 0)
            {
                continue;
            }

            try
            {
                return new AsnReader(attribute.Values[0].RawData, AsnEncodingRules.BER).ReadCharacterString(UniversalTagNumber.BMPString);
            }
            catch (AsnContentException)
            {
                return null;
            }
        }

        return null;
    }
}
