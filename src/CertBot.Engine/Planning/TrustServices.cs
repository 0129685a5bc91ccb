namespace CertBot.Engine.Planning;

/// <summary>
/// Which services read which trust store, so a store that lost a certificate has them restarted
/// (procedures.md P6 step 7, platform-cli.md §6). In the order they are restarted.
/// </summary>
internal static class TrustServices
{
    private static readonly Dictionary<string, string[]> ByStore = new(StringComparer.OrdinalIgnoreCase)
    {
        ["cup-trust"] = [Services.SipProxy, Services.PresenceEngine, Services.SipFederation],
        ["cup-xmpp-trust"] = [Services.XcpRouter],
        ["cup-xmpp-s2s-trust"] = [Services.XcpRouter, Services.XmppFederation],
        ["ipsec-trust"] = [Services.DrfMaster, Services.DrfLocal],
        ["tomcat-trust"] = [Services.Tomcat],
        ["CAPF-trust"] = [Services.Capf],
        ["CallManager-trust"] = [Services.CallManager],
    };

    /// <summary>The services for a store; empty when no service is known to read it.</summary>
    public static IReadOnlyList<string> For(string store) => ByStore.TryGetValue(store, out var services) ? services : [];
}
