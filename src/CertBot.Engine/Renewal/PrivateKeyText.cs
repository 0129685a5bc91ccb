using System.Text.RegularExpressions;

namespace CertBot.Engine.Renewal;

/// <summary>
/// Recognises a private key in text meant to be a CA's answer (a paste, a file). CertBot never takes one: the
/// node keeps the CSR's key, and a key that went through a chat or a ticket is exposed. Whoever finds one refuses
/// the whole text, keeps none of it and names it only by what it is.
/// </summary>
public static partial class PrivateKeyText
{
    /// <summary>What every refusal of a text holding a private key says.</summary>
    public const string Refusal =
        "it holds a private key (-----BEGIN … PRIVATE KEY-----): CertBot never takes one and kept nothing of it; the node keeps the CSR's key, " +
        "so send only the signed certificate and its chain, and treat that key as exposed";

    public static bool Holds(string? text) => text is not null && Marker().IsMatch(text);

    // Every PEM private key label: PRIVATE KEY, RSA/EC/DSA/OPENSSH PRIVATE KEY, ENCRYPTED PRIVATE KEY; spaces collapsed by a chat client too.
    [GeneratedRegex(@"-----\s*BEGIN\s+([A-Z0-9]+\s+)*PRIVATE\s+KEY\s*-----", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Marker();
}
