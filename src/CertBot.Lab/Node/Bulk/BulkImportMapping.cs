namespace CertBot.Lab.Node.Bulk;

/// <summary>
/// Where bulk import puts the other cluster's certificates (TAC bulk certificate management): CAPF as
/// CallManager-trust, Tomcat as tomcat-trust, CallManager and ITLRecovery as Phone-SAST-trust and
/// CallManager-trust.
/// </summary>
internal static class BulkImportMapping
{
    /// <summary>Units a bulk export carries.</summary>
    public static readonly string[] ExportedUnits = ["tomcat", "CallManager", "CAPF", "ITLRecovery"];

    /// <summary>Trust stores that receive a certificate of <paramref name="unit"/>.</summary>
    public static IReadOnlyList<string> StoresFor(string unit) => unit switch
    {
        "CAPF" => ["CallManager-trust"],
        "tomcat" => ["tomcat-trust"],
        "CallManager" or "ITLRecovery" => ["Phone-SAST-trust", "CallManager-trust"],
        _ => [],
    };
}
