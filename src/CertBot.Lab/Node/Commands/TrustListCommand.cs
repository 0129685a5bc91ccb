using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace CertBot.Lab.Node.Commands;

/// <summary>
/// <c>show ctl</c> (a non-secure cluster has no CTL file) and <c>show itl</c> (ITL records of this node's
/// ITLRecovery, CallManager, CAPF and the cluster's TVS certificates, then a summary).
/// </summary>
internal sealed class TrustListCommand(bool itl) : ICommandHandler
{
    public async Task ExecuteAsync(CommandContext context, CommandArguments arguments)
    {
        if (context.Snapshot.Identity.IsImp)
        {
            await context.FailAsync();
            return;
        }

        if (itl && context.Faults.NoItl)
        {
            // Invented by analogy with the verbatim CTL wording (TAC 118893): no public capture of a missing ITL.
            await context.LineAsync("Length of ITL file: 0");
            await context.LineAsync("Error parsing the ITL File.");
            return;
        }

        if (!itl)
        {
            await context.LineAsync("Length of CTL file: 0");
            await context.LineAsync("CTL File not found . Please run CTLClient plugin or run the CLI - utils ctl.. to generate the CTL file.");
            await context.LineAsync("Error parsing the CTL File.");
            return;
        }

        var records = await context.ReadAsync((_, files) =>
        {
            var list = new List<(string Function, string Pem)>
            {
                ("System Administrator Security Token", files.ReadOwnCertificate("ITLRecovery")),
                ("CCM+TFTP", files.ReadOwnCertificate("CallManager")),
                ("CAPF", files.ReadOwnCertificate("CAPF")),
            };
            list.AddRange(files.TrustFiles("TVS-trust").Select(f => ("TVS", files.ReadTrust("TVS-trust", f))));
            return list;
        });
        await context.LinesAsync(Render(records, context.Snapshot.ClusterSince.UtcDateTime));
    }

    // The ITL names its checksums and certificate hashes MD5/SHA1 by format; nothing here relies on them for security.
#pragma warning disable CA5350, CA5351
    private static IEnumerable<string> Render(List<(string Function, string Pem)> records, DateTime modified)
    {
        var certificates = records.Select(r => (r.Function, Certificate: X509Certificate2.CreateFromPem(r.Pem))).ToList();
        var content = certificates.SelectMany(c => c.Certificate.RawData).ToArray();
        yield return "The checksum value of the ITL file:";
        yield return $"{Convert.ToHexStringLower(MD5.HashData(content))}(MD5)";
        yield return $"{Convert.ToHexStringLower(SHA1.HashData(content))}(SHA1)";
        yield return "";
        yield return $"Length of ITL file: {content.Length + (certificates.Count * 700)}";
        yield return $"The ITL File was last modified on {CertificateText.JavaDate(modified)}";
        yield return "";
        yield return "        Parse ITL File";
        yield return "        ----------------";
        yield return "";
        yield return "Version:        1.2";
        yield return "HeaderLength:   324 (BYTES)";
        for (var i = 0; i < certificates.Count; i++)
        {
            var (function, certificate) = certificates[i];
            yield return "";
            yield return $"ITL Record #:{i + 1}";
            yield return "----";
            yield return "BYTEPOS TAG              LENGTH  VALUE";
            yield return "------- ---              ------  -----";
            yield return $"1       RECORDLENGTH     2       {certificate.RawData.Length + 700}";
            yield return "2       DNSNAME          2       ";
            yield return $"3       SUBJECTNAME      {certificate.Subject.Length,-7} {certificate.Subject}";
            yield return $"4       FUNCTION         2       {function}";
            yield return $"5       ISSUERNAME       {certificate.Issuer.Length,-7} {certificate.Issuer}";
            yield return $"6       SERIALNUMBER     16      {Colons(certificate.SerialNumber)}";
            yield return "7       PUBLICKEY        270     ";
            yield return "8       SIGNATURE        256     ";
            yield return $"11      CERTIFICATE      {certificate.RawData.Length,-7} {Convert.ToHexString(SHA1.HashData(certificate.RawData))} (SHA1 Hash HEX)";
            if (function == "System Administrator Security Token")
            {
                yield return "This etoken was used to sign the ITL file.";
            }
        }

        yield return "";
        yield return $"The ITL file was verified successfully. It has {certificates.Count} entries: "
            + string.Join(", ", certificates.GroupBy(c => c.Function).Select(g => $"{g.Count()} {g.Key}"));
    }

#pragma warning restore CA5350, CA5351

    private static string Colons(string hex)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < hex.Length; i += 2)
        {
            builder.Append(i == 0 ? "" : ":").Append(hex.AsSpan(i, Math.Min(2, hex.Length - i)));
        }

        return builder.ToString();
    }
}
