using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using CertBot.Lab.Pki;

namespace CertBot.Lab.Node.Commands;

/// <summary>The <c>show cert own|trust</c> rendering: algorithm, issuer, subject, serial, validity, PEM.</summary>
internal static class CertificateText
{
    public static IEnumerable<string> Describe(string pem)
    {
        var certificate = X509Certificate2.CreateFromPem(pem);
        yield return $"SignatureAlgorithm: {SignatureName(certificate.SignatureAlgorithm.Value)} ({certificate.SignatureAlgorithm.Value})";
        yield return $"Issuer Name: {certificate.IssuerName.Name}";
        yield return $"Subject Name: {certificate.SubjectName.Name}";
        yield return $"Key: {(CertificateReading.IsEcdsa(certificate) ? "EC (1.2.840.10045.2.1)" : "RSA (1.2.840.113549.1.1.1)")}";
        yield return $"Serial Number: {CertificateReading.SerialHex(certificate)}";
        yield return $"Validity From: {JavaDate(certificate.NotBefore)}";
        yield return $"         To:   {JavaDate(certificate.NotAfter)}";
        var names = CertificateReading.DnsNames(certificate);
        if (names.Count > 0)
        {
            yield return "Extensions: SubjectAltName";
            yield return $"  DNS: {string.Join(", ", names)}";
        }

        foreach (var line in pem.Trim().Split('\n'))
        {
            yield return line.TrimEnd('\r');
        }
    }

    /// <summary>Java's <c>Date.toString()</c> layout in UTC, e.g. <c>Sun Nov 22 05:22:25 UTC 2026</c>.</summary>
    public static string JavaDate(DateTime value) =>
        value.ToUniversalTime().ToString("ddd MMM dd HH:mm:ss 'UTC' yyyy", CultureInfo.InvariantCulture);

    private static string SignatureName(string? oid) => oid switch
    {
        "1.2.840.113549.1.1.11" => "SHA256withRSA",
        "1.2.840.113549.1.1.12" => "SHA384withRSA",
        "1.2.840.113549.1.1.5" => "SHA1withRSA",
        "1.2.840.10045.4.3.2" => "SHA256withECDSA",
        "1.2.840.10045.4.3.3" => "SHA384withECDSA",
        _ => "Unknown",
    };
}
