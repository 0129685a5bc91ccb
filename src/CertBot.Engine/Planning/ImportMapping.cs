namespace CertBot.Engine.Planning;

/// <summary>
/// Where a bulk import puts the other cluster's certificates (seed 003, step 8): CAPF → CallManager-trust;
/// Tomcat → tomcat-trust; CallManager and ITLRecovery → Phone-SAST-trust and CallManager-trust.
/// </summary>
public static class ImportMapping
{
    public static readonly IReadOnlyDictionary<string, string[]> StoresByUnit = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["CAPF"] = ["CallManager-trust"],
        ["tomcat"] = ["tomcat-trust"],
        ["CallManager"] = ["Phone-SAST-trust", "CallManager-trust"],
        ["ITLRecovery"] = ["Phone-SAST-trust", "CallManager-trust"],
    };

    /// <summary>The trust stores an imported certificate of <paramref name="unit"/> lands in; none for a unit the import ignores.</summary>
    public static IReadOnlyList<string> StoresFor(string unit) => StoresByUnit.TryGetValue(unit, out var stores) ? stores : [];
}
