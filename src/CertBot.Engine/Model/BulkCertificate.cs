namespace CertBot.Engine.Model;

/// <summary>
/// One certificate a bulk export file holds. The file names its kind in the certificate bag's friendly name
/// (<c>&lt;fqdn&gt;/&lt;unit&gt;</c>), which is what the importing cluster goes by.
/// </summary>
/// <param name="Node">The exporting node as the friendly name gives it (an FQDN or host name).</param>
/// <param name="Unit">The unit (<c>tomcat</c>, <c>CallManager</c>, <c>CAPF</c>, <c>ITLRecovery</c>, …).</param>
/// <param name="Certificate">The certificate itself; its <see cref="CertificateInfo.File"/> is the PKCS12 file it was read from.</param>
public sealed record BulkCertificate(string Node, string Unit, CertificateInfo Certificate)
{
    /// <summary>
    /// Whether <see cref="Node"/> is <paramref name="name"/>: the same FQDN, or the same host name where either side
    /// is a bare host name (two FQDNs never match by host name: node names repeat across clusters).
    /// </summary>
    public bool IsFrom(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Equals(Node, name, StringComparison.OrdinalIgnoreCase)
            || ((!Node.Contains('.', StringComparison.Ordinal) || !name.Contains('.', StringComparison.Ordinal))
                && string.Equals(HostName(Node), HostName(name), StringComparison.OrdinalIgnoreCase));
    }

    private static string HostName(string name) => name.Split('.')[0];
}
