namespace CertBot.Lab.Pki;

/// <summary>What an identity certificate says about its node: subject common name and DNS names.</summary>
/// <param name="CommonName">CN of the subject.</param>
/// <param name="DnsNames">Subject alternative names (DNS).</param>
/// <param name="Ipsec">Adds the IPsec end-system extended key usage, as ipsec certificates carry.</param>
public sealed record IdentityRequest(string CommonName, IReadOnlyList<string> DnsNames, bool Ipsec = false)
{
    /// <summary>The distinguished name every lab certificate uses around its CN.</summary>
    public static string SubjectFor(string commonName) =>
        $"CN={commonName}, OU=Unified Communications, O=CertBot Lab, L=Springfield, ST=Lab, C=US";
}
