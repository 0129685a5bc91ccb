using CertBot.Engine.Model;
using CertBot.Engine.Planning;

namespace CertBot.Engine.Procedures;

/// <summary>
/// The identity certificate units CertBot knows (procedures.md, "Identity certificate"). Regeneration is
/// automated for the IM and Presence units (P1–P4) and for tomcat on both products (P5); CUCM's
/// CallManager, CAPF, TVS and ITLRecovery are recognised so that asking for them gets a clear "not
/// automated" instead of "unknown word". Both grammars, the planners and the views read units from here.
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

    public static CertificateUnit CallManager { get; } = new("CallManager", CucmOnly, [], []);

    public static CertificateUnit Capf { get; } = new("CAPF", CucmOnly, [], []);

    public static CertificateUnit Tvs { get; } = new("TVS", CucmOnly, [], []);

    public static CertificateUnit ItlRecovery { get; } = new("ITLRecovery", CucmOnly, [], ["itl-recovery", "itl"]);

    public static IReadOnlyList<CertificateUnit> All { get; } =
        [Cup, CupXmpp, CupXmppS2s, Ipsec, Tomcat, CallManager, Capf, Tvs, ItlRecovery];

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

    private static string Normalise(string word)
    {
        var bare = word.EndsWith(".pem", StringComparison.OrdinalIgnoreCase) ? word[..^4] : word;
        return bare.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToUpperInvariant();
    }
}
