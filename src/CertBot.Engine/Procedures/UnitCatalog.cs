using CertBot.Engine.Model;
using CertBot.Engine.Planning;

namespace CertBot.Engine.Procedures;

/// <summary>
/// The identity certificate units CertBot knows (procedures.md, "Identity certificate"). Regeneration is
/// automated for the IM and Presence units (P1–P4) and for tomcat on both products (P5); renewal through a CSR
/// (P9) for those with a known restart set, CallManager and the ECDSA twins included. CAPF, TVS and ITLRecovery
/// are recognised so that asking for them gets a clear "not automated" instead of "unknown word". Both grammars,
/// the planners and the views read units from here.
/// </summary>
public static class UnitCatalog
{
    private static readonly Product[] ImpOnly = [Product.Imp];
    private static readonly Product[] CucmOnly = [Product.Cucm];
    private static readonly Product[] Both = [Product.Cucm, Product.Imp];

    /// <summary>P1. SIP Federation is restarted only where it is activated; a CA-signed cup is renewed through a CSR.</summary>
    public static CertificateUnit Cup { get; } = new("cup", ImpOnly, ImpOnly, [])
    {
        RestartServices = [Services.SipProxy, Services.PresenceEngine, Services.SipFederation],
        CaSigned = CaSignedHandling.Block,
    };

    /// <summary>P2.</summary>
    public static CertificateUnit CupXmpp { get; } = new("cup-xmpp", ImpOnly, ImpOnly, ["xmpp"])
    {
        RestartServices = [Services.XcpRouter],
        PushToJabber = true,
    };

    /// <summary>P3.</summary>
    public static CertificateUnit CupXmppS2s { get; } = new("cup-xmpp-s2s", ImpOnly, ImpOnly, ["s2s", "xmpp-s2s"])
    {
        RestartServices = [Services.XcpRouter, Services.XmppFederation],
        TrustUnit = "cup-xmpp",
    };

    /// <summary>P4. Exists on both products; the IPsec procedure regenerates the IM and Presence one only (DRF Master, on the CUCM publisher, is restarted first).</summary>
    public static CertificateUnit Ipsec { get; } = new("ipsec", Both, ImpOnly, [])
    {
        RestartServices = [Services.DrfLocal],
    };

    /// <summary>P5. The SSOSP Tomcat is restarted too where SSO runs.</summary>
    public static CertificateUnit Tomcat { get; } = new("tomcat", Both, Both, [])
    {
        RestartServices = [Services.Tomcat],
        PushToJabber = true,
    };

    /// <summary>
    /// Renewed through a CSR only (P9). Its restarts (platform-cli.md §3.6) unregister the phones of each node, which
    /// re-register: CallManager, CTIManager, TVS, TFTP and HAProxy, each where it runs.
    /// </summary>
    public static CertificateUnit CallManager { get; } = new("CallManager", CucmOnly, [], [])
    {
        RestartServices = [Services.CallManager, Services.CtiManager, Services.Tvs, Services.Tftp, Services.HaProxy],
    };

    public static CertificateUnit Capf { get; } = new("CAPF", CucmOnly, [], []);

    public static CertificateUnit Tvs { get; } = new("TVS", CucmOnly, [], []);

    public static CertificateUnit ItlRecovery { get; } = new("ITLRecovery", CucmOnly, [], ["itl-recovery", "itl"]);

    /// <summary>The ECDSA twins (platform-cli.md §2.2): renewed through a CSR like their RSA unit, never regenerated.</summary>
    public static IReadOnlyList<CertificateUnit> Ecdsa { get; } = [.. new[] { Tomcat, CallManager, Cup, CupXmpp, CupXmppS2s }.Select(EcdsaTwin)];

    public static IReadOnlyList<CertificateUnit> All { get; } =
        [Cup, CupXmpp, CupXmppS2s, Ipsec, Tomcat, CallManager, Capf, Tvs, ItlRecovery, .. Ecdsa];

    /// <summary>The units a procedure regenerates (P1–P5).</summary>
    public static IReadOnlyList<CertificateUnit> Regenerable { get; } = [.. All.Where(u => u.IsRegenerable)];

    /// <summary>"tomcat", "Tomcat", "tomcat.pem", "cup_xmpp" and "cupxmpp" all name the same unit.</summary>
    public static CertificateUnit? Find(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var key = Normalise(word);
        return All.FirstOrDefault(u => Normalise(u.Name) == key || u.Aliases.Any(a => Normalise(a) == key));
    }

    /// <summary>Every spelling a did-you-mean may offer.</summary>
    public static IEnumerable<string> Spellings => All.SelectMany(u => u.Aliases.Prepend(u.Name));

    /// <summary>
    /// <c>tomcat-ECDSA</c> beside <c>tomcat</c>: the same restarts and trust store (the platform keeps one trust store
    /// per RSA unit), on the nodes that have one, and no regeneration procedure of its own.
    /// </summary>
    private static CertificateUnit EcdsaTwin(CertificateUnit rsa) =>
        rsa with { Name = rsa.Name + "-ECDSA", RegenerableOn = [], Aliases = [], CaSigned = CaSignedHandling.Keep, TrustUnit = rsa.TrustUnit, OnSomeNodes = true };

    private static string Normalise(string word)
    {
        var bare = word.EndsWith(".pem", StringComparison.OrdinalIgnoreCase) ? word[..^4] : word;
        return bare.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToUpperInvariant();
    }
}
