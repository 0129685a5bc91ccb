using CertBot.Lab.State;

namespace CertBot.Lab.Node.Commands;

/// <summary>
/// Resolves the unit a user types (<c>tomcat</c>, <c>ipsec</c>, <c>CallManager</c>) to its trust store. Real nodes take
/// the unit in <c>set cert import trust</c> and <c>set cert delete</c> (CLI Ref: <c>set cert delete ipsec test.pem</c>), so
/// a store name (<c>ipsec-trust</c>) is no unit and resolves to nothing.
/// </summary>
internal static class TrustStoreNames
{
    public static string? Resolve(CertificateFiles files, string typed) =>
        files.TrustStores().FirstOrDefault(s => s.Equals(typed + "-trust", StringComparison.OrdinalIgnoreCase));

    /// <summary>The unit a trust store belongs to (<c>tomcat-trust</c> → <c>tomcat</c>).</summary>
    public static string UnitOf(string store) => store.EndsWith("-trust", StringComparison.Ordinal) ? store[..^"-trust".Length] : store;

    /// <summary>
    /// The trust store that holds the CAs of an identity unit's certificate: <c>&lt;unit&gt;-trust</c>, ECDSA units
    /// sharing their RSA twin's store and cup-xmpp-s2s sharing cup-xmpp's (platform-cli.md §2.2).
    /// </summary>
    public static string OfIdentity(string unit)
    {
        var baseUnit = unit.EndsWith("-ECDSA", StringComparison.Ordinal) ? unit[..^"-ECDSA".Length] : unit;
        return (baseUnit == "cup-xmpp-s2s" ? "cup-xmpp" : baseUnit) + "-trust";
    }
}
