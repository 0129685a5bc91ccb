using System.Text.RegularExpressions;

namespace CertBot.Engine.Renewal;

/// <summary>The PEM certificate blocks of a text (a pasted chat message, a file), in order, each normalised.</summary>
public static partial class PemCertificates
{
    public static IReadOnlyList<string> Split(string text) =>
        Block().Matches(text ?? "").Select(m => "-----BEGIN CERTIFICATE-----\n" + Whitespace().Replace(m.Groups["body"].Value, "") + "\n-----END CERTIFICATE-----\n").ToList();

    [GeneratedRegex(@"-----BEGIN CERTIFICATE-----(?<body>[A-Za-z0-9+/=\s]+?)-----END CERTIFICATE-----", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Block();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Whitespace();
}
