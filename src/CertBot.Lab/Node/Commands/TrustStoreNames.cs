using CertBot.Lab.State;

namespace CertBot.Lab.Node.Commands;

/// <summary>Resolves what a user types as a trust unit (<c>tomcat</c> or <c>tomcat-trust</c>) to a trust store.</summary>
internal static class TrustStoreNames
{
    public static string? Resolve(CertificateFiles files, string typed)
    {
        var stores = files.TrustStores();
        return stores.FirstOrDefault(s => s.Equals(typed, StringComparison.OrdinalIgnoreCase))
            ?? stores.FirstOrDefault(s => s.Equals(typed + "-trust", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The unit a trust store belongs to (<c>tomcat-trust</c> → <c>tomcat</c>).</summary>
    public static string UnitOf(string store) => store.EndsWith("-trust", StringComparison.Ordinal) ? store[..^"-trust".Length] : store;
}
