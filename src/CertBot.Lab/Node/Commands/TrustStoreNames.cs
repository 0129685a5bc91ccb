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
}
