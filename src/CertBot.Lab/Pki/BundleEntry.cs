using System.Security.Cryptography.X509Certificates;

namespace CertBot.Lab.Pki;

/// <summary>One certificate of a bulk-export PKCS#12 file, named <c>&lt;fqdn&gt;/&lt;unit&gt;</c> by its friendly name.</summary>
public sealed record BundleEntry(string Fqdn, string Unit, X509Certificate2 Certificate)
{
    /// <summary>The PKCS#12 friendly name that carries node and unit.</summary>
    public string FriendlyName => $"{Fqdn}/{Unit}";
}
