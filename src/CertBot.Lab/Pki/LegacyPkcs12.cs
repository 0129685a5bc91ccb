using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Text;

namespace CertBot.Lab.Pki;

/// <summary>
/// The PKCS#12 protection an older Java keystore writes and CUCM's bulk files carry: the certificate bags encrypted
/// with <c>pbeWithSHA1And40BitRC2-CBC</c> and an HMAC-SHA1 MAC, both keyed by the RFC 7292 appendix B derivation.
/// Hand-written because no served package writes RC2-40 (the BCL's Pkcs12Builder offers AES and 3DES only).
/// </summary>
internal static class LegacyPkcs12
{
    public const string EncryptedDataOid = "1.2.840.113549.1.7.6";
    public const string Rc2Cbc40Oid = "1.2.840.113549.1.12.1.6";
    public const string Sha1Oid = "1.3.14.3.2.26";
    public const int Iterations = 2048;

    // RC2 and SHA-1 are what the format being imitated uses; nothing here protects a secret of the lab.
#pragma warning disable CA5350, CA5351
    /// <summary>RC2-40-CBC encryption (or decryption) of <paramref name="data"/> under the password and salt.</summary>
    public static byte[] Rc2(byte[] data, string password, byte[] salt, int iterations, bool encrypt)
    {
        using var rc2 = RC2.Create();
        rc2.KeySize = 40;
        rc2.EffectiveKeySize = 40;
        rc2.Key = Derive(password, salt, iterations, id: 1, length: 5);
        var iv = Derive(password, salt, iterations, id: 2, length: 8);
        return encrypt ? rc2.EncryptCbc(data, iv) : rc2.DecryptCbc(data, iv);
    }

    /// <summary>The HMAC-SHA1 MAC over the authenticated safe's content.</summary>
    public static byte[] Mac(byte[] authenticatedSafe, string password, byte[] salt, int iterations) =>
        HMACSHA1.HashData(Derive(password, salt, iterations, id: 3, length: 20), authenticatedSafe);

    /// <summary>RFC 7292 B.2 with SHA-1 (u = 20, v = 64): ID 1 = key, 2 = IV, 3 = MAC key.</summary>
    private static byte[] Derive(string password, byte[] salt, int iterations, byte id, int length)
    {
        const int v = 64;
        var pass = Encoding.BigEndianUnicode.GetBytes(password + "\0");
        var i = Repeat(salt, v * ((salt.Length + v - 1) / v)).Concat(Repeat(pass, v * ((pass.Length + v - 1) / v))).ToArray();
        var d = Enumerable.Repeat(id, v).ToArray();
        var output = new List<byte>();
        while (output.Count < length)
        {
            var a = SHA1.HashData(d.Concat(i).ToArray());
            for (var round = 1; round < iterations; round++)
            {
                a = SHA1.HashData(a);
            }

            output.AddRange(a);
            var b = Repeat(a, v);
            for (var block = 0; block < i.Length; block += v)
            {
                var carry = 1;
                for (var k = v - 1; k >= 0; k--)
                {
                    var sum = i[block + k] + b[k] + carry;
                    i[block + k] = (byte)sum;
                    carry = sum >> 8;
                }
            }
        }

        return [.. output.Take(length)];
    }
#pragma warning restore CA5350, CA5351

    private static byte[] Repeat(byte[] source, int length)
    {
        var result = new byte[length];
        for (var k = 0; k < length && source.Length > 0; k++)
        {
            result[k] = source[k % source.Length];
        }

        return result;
    }

    /// <summary>Writes the <c>EncryptedData</c> content info holding the encrypted SafeContents.</summary>
    public static void WriteEncryptedData(AsnWriter writer, byte[] safeContents, string password)
    {
        var salt = RandomNumberGenerator.GetBytes(8);
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(EncryptedDataOid);
            using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 0, true)))
            using (writer.PushSequence())
            {
                writer.WriteInteger(0);
                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier("1.2.840.113549.1.7.1");
                    using (writer.PushSequence())
                    {
                        writer.WriteObjectIdentifier(Rc2Cbc40Oid);
                        using (writer.PushSequence())
                        {
                            writer.WriteOctetString(salt);
                            writer.WriteInteger(Iterations);
                        }
                    }

                    writer.WriteOctetString(Rc2(safeContents, password, salt, Iterations, encrypt: true), new Asn1Tag(TagClass.ContextSpecific, 0));
                }
            }
        }
    }

    /// <summary>Reads an <c>EncryptedData</c> content (after its OID) and returns the decrypted SafeContents.</summary>
    public static byte[] ReadEncryptedData(AsnReader explicitContent, string password)
    {
        var encryptedData = explicitContent.ReadSequence();
        encryptedData.ReadInteger();
        var info = encryptedData.ReadSequence();
        info.ReadObjectIdentifier();
        var algorithm = info.ReadSequence();
        if (algorithm.ReadObjectIdentifier() != Rc2Cbc40Oid)
        {
            throw new CryptographicException("only pbeWithSHA1And40BitRC2-CBC is read here");
        }

        var parameters = algorithm.ReadSequence();
        var salt = parameters.ReadOctetString();
        var iterations = (int)parameters.ReadInteger();
        var content = info.ReadOctetString(new Asn1Tag(TagClass.ContextSpecific, 0));
        return Rc2(content, password, salt, iterations, encrypt: false);
    }

    /// <summary>Writes the <c>MacData</c> (SHA-1) of the authenticated safe.</summary>
    public static void WriteMacData(AsnWriter writer, byte[] authenticatedSafe, string password)
    {
        var salt = RandomNumberGenerator.GetBytes(8);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier(Sha1Oid);
                    writer.WriteNull();
                }

                writer.WriteOctetString(Mac(authenticatedSafe, password, salt, Iterations));
            }

            writer.WriteOctetString(salt);
            writer.WriteInteger(Iterations);
        }
    }
}
