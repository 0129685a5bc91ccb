namespace CertBot.Engine.Model;

/// <summary>
/// One certificate as CertBot knows it, whatever it was read from (a node's CLI, a PKCS12 file, a PEM).
/// The single certificate model of the project.
/// </summary>
/// <param name="Store"><c>own</c> for identity certificates, else the trust store (<c>tomcat-trust</c>, ...).</param>
/// <param name="Unit">The unit the file is listed under (<c>tomcat</c>, <c>cup-xmpp</c>, <c>tomcat-trust</c>).</param>
/// <param name="File">The file name as the node lists it (<c>tomcat.pem</c>).</param>
/// <param name="Serial">Serial number as upper-case hex without separators.</param>
/// <param name="Sha256Thumbprint">SHA-256 of the DER encoding, upper-case hex.</param>
public sealed record CertificateInfo(
    string Store,
    string Unit,
    string File,
    string Subject,
    string Issuer,
    string Serial,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    IReadOnlyList<string> SubjectAlternativeNames,
    bool SelfSigned,
    string KeyAlgorithm,
    int KeySize,
    string SignatureAlgorithm,
    string Sha256Thumbprint)
{
    public const string OwnStore = "own";

    public bool IsIdentity => Store == OwnStore;

    public bool IsExpired(DateTimeOffset now) => NotAfter <= now;

    /// <summary>Whole days until expiry; negative once expired.</summary>
    public int DaysLeft(DateTimeOffset now) => (int)Math.Floor((NotAfter - now).TotalDays);
}
