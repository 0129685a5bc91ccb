using System.Security.Cryptography;
using System.Text;

namespace CertBot.Lab.Seeding;

/// <summary>Identity units per product and how their certificates look.</summary>
public static class UnitCatalog
{
    private static readonly string[] CucmUnits =
        ["tomcat", "tomcat-ECDSA", "ipsec", "CallManager", "CallManager-ECDSA", "CAPF", "TVS", "ITLRecovery"];

    private static readonly string[] ImpUnits =
        ["tomcat", "tomcat-ECDSA", "ipsec", "cup", "cup-ECDSA", "cup-xmpp", "cup-xmpp-ECDSA", "cup-xmpp-s2s", "cup-xmpp-s2s-ECDSA"];

    /// <summary>Identity units of a product (<c>cucm</c> or <c>imp</c>).</summary>
    public static IReadOnlyList<string> UnitsOf(string product) => product == "imp" ? ImpUnits : CucmUnits;

    /// <summary>Trust stores of a product.</summary>
    public static IReadOnlyList<string> TrustStoresOf(string product) => product == "imp"
        ? ["tomcat-trust", "ipsec-trust", "cup-trust", "cup-xmpp-trust"]
        : ["CallManager-trust", "CAPF-trust", "tomcat-trust", "ipsec-trust", "Phone-SAST-trust", "Phone-VPN-trust", "TVS-trust"];

    public static bool IsEcdsa(string unit) => unit.EndsWith("-ECDSA", StringComparison.Ordinal);

    /// <summary>The subject CN of a unit's certificate on a node: the FQDN, except CAPF and ITLRecovery.</summary>
    public static string CommonNameOf(string unit, string fqdn) => unit switch
    {
        "CAPF" => "CAPF-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fqdn)))[..8],
        "ITLRecovery" => "ITLRECOVERY_" + fqdn,
        _ when IsEcdsa(unit) => fqdn + "-EC",
        _ => fqdn,
    };
}
