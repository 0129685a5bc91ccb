using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;

namespace CertBot.Lab.Pki;

/// <summary>
/// PKCS#12 files of the bulk certificate exchange as CUCM writes them (an older Java keystore): certificate bags
/// only (no private keys), encrypted with <c>pbeWithSHA1And40BitRC2-CBC</c> under <see cref="FilePassword"/> and
/// sealed with a SHA-1 MAC (<see cref="LegacyPkcs12"/>), each bag with a friendly name <c>&lt;fqdn&gt;/&lt;unit&gt;</c>
/// that tells the importing cluster what kind of certificate it is. Written with System.Formats.Asn1 because the
/// in-box PKCS#12 export can neither set friendly names on Linux nor encrypt with RC2-40.
/// </summary>
public static class CertificateBundle
{
    /// <summary>The password of the lab's bulk files. Invented: no public source names the one CUCM uses.</summary>
    public const string FilePassword = "certbot-lab-bulk";

    private const string DataOid = "1.2.840.113549.1.7.1";
    private const string CertBagOid = "1.2.840.113549.1.12.10.1.3";
    private const string X509CertificateOid = "1.2.840.113549.1.9.22.1";
    private const string FriendlyNameOid = "1.2.840.113549.1.9.20";

    /// <summary>Encodes the entries as a PKCS#12 (PFX) file.</summary>
    public static byte[] Write(IEnumerable<BundleEntry> entries)
    {
        var safeContents = new AsnWriter(AsnEncodingRules.DER);
        using (safeContents.PushSequence())
        {
            foreach (var entry in entries)
            {
                WriteCertBag(safeContents, entry);
            }
        }

        var authenticatedSafe = new AsnWriter(AsnEncodingRules.DER);
        using (authenticatedSafe.PushSequence())
        {
            LegacyPkcs12.WriteEncryptedData(authenticatedSafe, safeContents.Encode(), FilePassword);
        }

        var authenticatedSafeBytes = authenticatedSafe.Encode();
        var pfx = new AsnWriter(AsnEncodingRules.DER);
        using (pfx.PushSequence())
        {
            pfx.WriteInteger(3);
            WriteDataContentInfo(pfx, authenticatedSafeBytes);
            LegacyPkcs12.WriteMacData(pfx, authenticatedSafeBytes, FilePassword);
        }

        return pfx.Encode();
    }

    /// <summary>Decodes a file written by <see cref="Write"/> (plain or RC2-40-encrypted safes with named certificate bags).</summary>
    /// <exception cref="AsnContentException">Not such a file.</exception>
    public static IReadOnlyList<BundleEntry> Read(byte[] pfxBytes)
    {
        var pfx = new AsnReader(pfxBytes, AsnEncodingRules.BER).ReadSequence();
        pfx.ReadInteger();
        var authenticatedSafe = new AsnReader(ReadDataContentInfo(pfx), AsnEncodingRules.BER).ReadSequence();
        var entries = new List<BundleEntry>();
        while (authenticatedSafe.HasData)
        {
            var bags = new AsnReader(ReadDataContentInfo(authenticatedSafe), AsnEncodingRules.BER).ReadSequence();
            while (bags.HasData)
            {
                if (ReadCertBag(bags.ReadSequence()) is { } entry)
                {
                    entries.Add(entry);
                }
            }
        }

        return entries;
    }

    private static void WriteCertBag(AsnWriter writer, BundleEntry entry)
    {
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(CertBagOid);
            using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 0, true)))
            using (writer.PushSequence())
            {
                writer.WriteObjectIdentifier(X509CertificateOid);
                using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 0, true)))
                {
                    writer.WriteOctetString(entry.Certificate.RawData);
                }
            }

            using (writer.PushSetOf())
            using (writer.PushSequence())
            {
                writer.WriteObjectIdentifier(FriendlyNameOid);
                using (writer.PushSetOf())
                {
                    writer.WriteCharacterString(UniversalTagNumber.BMPString, entry.FriendlyName);
                }
            }
        }
    }

    private static BundleEntry? ReadCertBag(AsnReader bag)
    {
        if (bag.ReadObjectIdentifier() != CertBagOid)
        {
            return null;
        }

        var certBag = bag.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0, true)).ReadSequence();
        certBag.ReadObjectIdentifier();
        var der = certBag.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0, true)).ReadOctetString();
        var name = "";
        if (bag.HasData)
        {
            var attributes = bag.ReadSetOf();
            while (attributes.HasData)
            {
                var attribute = attributes.ReadSequence();
                if (attribute.ReadObjectIdentifier() == FriendlyNameOid)
                {
                    name = attribute.ReadSetOf().ReadCharacterString(UniversalTagNumber.BMPString);
                }
                else
                {
                    attribute.ReadEncodedValue();
                }
            }
        }

        var slash = name.LastIndexOf('/');
        var certificate = X509CertificateLoader.LoadCertificate(der);
        return slash < 0
            ? new BundleEntry(CertificateReading.CommonName(certificate), "", certificate)
            : new BundleEntry(name[..slash], name[(slash + 1)..], certificate);
    }

    private static void WriteDataContentInfo(AsnWriter writer, byte[] content)
    {
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(DataOid);
            using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 0, true)))
            {
                writer.WriteOctetString(content);
            }
        }
    }

    private static byte[] ReadDataContentInfo(AsnReader reader)
    {
        var contentInfo = reader.ReadSequence();
        var type = contentInfo.ReadObjectIdentifier();
        var content = contentInfo.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0, true));
        return type == LegacyPkcs12.EncryptedDataOid ? LegacyPkcs12.ReadEncryptedData(content, FilePassword) : content.ReadOctetString();
    }
}
