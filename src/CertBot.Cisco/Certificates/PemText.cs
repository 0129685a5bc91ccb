using System.Text;
using System.Text.RegularExpressions;

namespace CertBot.Cisco.Certificates;

/// <summary>
/// Finds PEM blocks in CLI output. The base64 body is taken with all whitespace removed, so a block broken by
/// the pager, flattened onto one line or indented still decodes.
/// </summary>
public static partial class PemText
{
    /// <summary>Every <c>BEGIN … END</c> block of the given label (e.g. <c>CERTIFICATE</c>), as DER bytes.</summary>
    public static IReadOnlyList<byte[]> FindBlocks(string text, string label = "CERTIFICATE")
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = new List<byte[]>();
        foreach (Match m in Block().Matches(text))
        {
            if (!string.Equals(m.Groups["label"].Value, label, StringComparison.Ordinal))
            {
                continue;
            }

            var body = Whitespace().Replace(m.Groups["body"].Value, "");
            var buffer = new byte[body.Length];
            if (Convert.TryFromBase64String(body, buffer, out var written))
            {
                blocks.Add(buffer[..written]);
            }
        }

        return blocks;
    }

    /// <summary>Re-encodes DER as a canonical PEM block (64-character lines, LF).</summary>
    public static string ToPem(byte[] der, string label = "CERTIFICATE")
    {
        ArgumentNullException.ThrowIfNull(der);
        var sb = new StringBuilder();
        sb.Append("-----BEGIN ").Append(label).Append("-----\n");
        var b64 = Convert.ToBase64String(der);
        for (var i = 0; i < b64.Length; i += 64)
        {
            sb.Append(b64.AsSpan(i, Math.Min(64, b64.Length - i))).Append('\n');
        }

        sb.Append("-----END ").Append(label).Append("-----\n");
        return sb.ToString();
    }

    [GeneratedRegex(@"-----BEGIN (?<label>[A-Z0-9 ]+)-----(?<body>[A-Za-z0-9+/=\s]*?)-----END \k<label>-----")]
    private static partial Regex Block();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
