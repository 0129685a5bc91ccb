namespace CertBot.Engine.Planning;

/// <summary>The exact display names of the services certificate work touches (platform-cli.md §3.4).</summary>
public static class Services
{
    public const string Tomcat = "Cisco Tomcat";
    public const string SsospTomcat = "Cisco SSOSP Tomcat";
    public const string SipProxy = "Cisco SIP Proxy";
    public const string PresenceEngine = "Cisco Presence Engine";
    public const string XcpRouter = "Cisco XCP Router";
    public const string SipFederation = "Cisco XCP SIP Federation Connection Manager";
    public const string XmppFederation = "Cisco XCP XMPP Federation Connection Manager";
    public const string DrfMaster = "Cisco DRF Master";
    public const string DrfLocal = "Cisco DRF Local";
    public const string CertificateExpiryMonitor = "Cisco Certificate Expiry Monitor";
    public const string CertificateChangeNotification = "Cisco Certificate Change Notification";
    public const string InterclusterSyncAgent = "Cisco Intercluster Sync Agent";
    public const string CallManager = "Cisco CallManager";
    public const string Capf = "Cisco Certificate Authority Proxy Function";
    public const string CtiManager = "Cisco CTIManager";
    public const string Tvs = "Cisco Trust Verification Service";
    public const string Tftp = "Cisco Tftp";
    public const string HaProxy = "Cisco HAProxy";

    /// <summary>
    /// How long to wait for a service to reach its final state. Tomcat gets the 600 s public scripts use
    /// ("CUC Tomcat can be very slow"); others the 5 minutes a restart "could take".
    /// </summary>
    public static TimeSpan Timeout(string service) =>
        service is Tomcat or SsospTomcat ? TimeSpan.FromSeconds(600) : TimeSpan.FromMinutes(5);

    /// <summary>What a user waits for; estimates for the plan card, not limits.</summary>
    public static TimeSpan Estimate(string service) =>
        service is Tomcat or SsospTomcat ? TimeSpan.FromMinutes(5) : TimeSpan.FromMinutes(2);
}
