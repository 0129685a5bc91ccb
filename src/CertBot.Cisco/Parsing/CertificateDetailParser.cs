using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using CertBot.Cisco.Certificates;
using CertBot.Cisco.Text;
using CertBot.Engine.Model;

namespace CertBot.Cisco.Parsing;

/// <summary>
/// Parses <c>show cert own|trust &lt;unit&gt;/&lt;file&gt;</c>. The PEM block is the authority (platform-cli.md
/// §2.6: "safest expiry source"); the text fields are the fallback when no PEM is printed, in both validity
/// layouts (<c>Validity From:/To:</c> and <c>Not After :</c>).
/// </summary>
public static partial class CertificateDetailParser
{
    /// <summary>Returns null when the output holds neither a PEM nor the fields needed for a certificate.</summary>
    public static CertificateDetail? Parse(string output, string store, string unit, string file)
    {
        var text = CliText.RemovePagerText(CliText.Clean(output));
        foreach (var der in PemText.FindBlocks(text))
        {
            try
            {
                using var certificate = X509CertificateLoader.LoadCertificate(der);
                return new CertificateDetail(CertificateReader.Read(certificate, store, unit, file), PemText.ToPem(der), true);
            }
            catch (CryptographicException)
            {
                // A block mangled beyond repair: try the next one, then the text fields.
            }
        }

        return FromTextFields(text, store, unit, file);
    }

    private static CertificateDetail? FromTextFields(string text, string store, string unit, string file)
    {
        var serial = Field(SerialLine(), text);
        var notAfterText = Field(ValidityTo(), text) ?? Field(NotAfterLine(), text);
        if (serial is null || notAfterText is null || !PlatformDate.TryParse(notAfterText, out var notAfter))
        {
            return null;
        }

        var notBefore = PlatformDate.TryParse(Field(ValidityFrom(), text) ?? Field(NotBeforeLine(), text) ?? "", out var nb) ? nb : DateTimeOffset.MinValue;
        var subject = Field(SubjectLine(), text) ?? "";
        var issuer = Field(IssuerLine(), text) ?? "";
        var info = new CertificateInfo(store, unit, file, subject, issuer, NormaliseSerial(serial), notBefore, notAfter, [],
            subject.Length > 0 && string.Equals(Squash(subject), Squash(issuer), StringComparison.OrdinalIgnoreCase),
            "", 0, Field(SignatureLine(), text) ?? "", "");
        return new CertificateDetail(info, null, false);
    }

    /// <summary>Serials print as hex with or without colons, spaces or a 0x prefix.</summary>
    public static string NormaliseSerial(string serial)
    {
        ArgumentNullException.ThrowIfNull(serial);
        var s = serial.Trim();
        if (s.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            s = s[2..];
        }

        return NotHex().Replace(s, "").ToUpperInvariant();
    }

    private static string Squash(string dn) => Regex.Replace(dn, @"\s*([,=])\s*", "$1").Trim();

    private static string? Field(Regex regex, string text)
    {
        var m = regex.Match(text);
        return m.Success ? m.Groups["v"].Value.Trim() : null;
    }

    [GeneratedRegex(@"Serial\s*Number\s*:\s*(?<v>[0-9A-Fa-fx: ]+?)\s*(?:\n|$|[A-Z][a-z])", RegexOptions.Multiline)]
    private static partial Regex SerialLine();

    [GeneratedRegex(@"Validity\s+From\s*:\s*(?<v>.+?)\s*(?=\bTo\s*:|\n|$)")]
    private static partial Regex ValidityFrom();

    [GeneratedRegex(@"(?<![A-Za-z])To\s*:\s*(?<v>(?:[A-Z][a-z]{2}\s+){1,2}\d{1,2}\s+\d{1,2}:\d{2}:\d{2}\s+\S+(?:\s+\d{4})?)")]
    private static partial Regex ValidityTo();

    [GeneratedRegex(@"Not\s*After\s*:\s*(?<v>[A-Z][a-z]{2}\s+\d{1,2}\s+\d{1,2}:\d{2}:\d{2}\s+\d{4}(?:\s+[A-Z]{2,5})?)")]
    private static partial Regex NotAfterLine();

    [GeneratedRegex(@"Not\s*Before\s*:\s*(?<v>[A-Z][a-z]{2}\s+\d{1,2}\s+\d{1,2}:\d{2}:\d{2}\s+\d{4}(?:\s+[A-Z]{2,5})?)")]
    private static partial Regex NotBeforeLine();

    [GeneratedRegex(@"Subject\s*Name\s*:\s*(?<v>[^\n]+)")]
    private static partial Regex SubjectLine();

    [GeneratedRegex(@"Issuer\s*Name\s*:\s*(?<v>[^\n]+)")]
    private static partial Regex IssuerLine();

    [GeneratedRegex(@"SignatureAlgorithm\s*:\s*(?<v>[^\n(]+)")]
    private static partial Regex SignatureLine();

    [GeneratedRegex(@"[^0-9A-Fa-f]")]
    private static partial Regex NotHex();
}
