using CertBot.Engine.Model;

namespace CertBot.Chat.Grammar;

/// <summary>
/// The identity certificate units CertBot knows (procedures.md, "Identity certificate"). Regeneration is
/// automated for the IM and Presence units (P1–P4) and for tomcat on both products (P5); CUCM's
/// CallManager, CAPF, TVS and ITLRecovery are recognised so that asking for them gets a clear "not
/// automated" instead of "unknown word".
/// </summary>
public static class UnitCatalog
{
    private static readonly Product[] ImpOnly = [Product.Imp];
    private static readonly Product[] CucmOnly = [Product.Cucm];
    private static readonly Product[] Both = [Product.Cucm, Product.Imp];

    public static CertificateUnit Cup { get; } = new("cup", ImpOnly, ImpOnly, []);

    public static CertificateUnit CupXmpp { get; } = new("cup-xmpp", ImpOnly, ImpOnly, ["xmpp"]);

    public static CertificateUnit CupXmppS2s { get; } = new("cup-xmpp-s2s", ImpOnly, ImpOnly, ["s2s", "xmpp-s2s"]);

    /// <summary>Exists on both products; the IPsec procedure (P4) regenerates the IM and Presence one only.</summary>
    public static CertificateUnit Ipsec { get; } = new("ipsec", Both, ImpOnly, []);

    public static CertificateUnit Tomcat { get; } = new("tomcat", Both, Both, []);

    public static CertificateUnit CallManager { get; } = new("CallManager", CucmOnly, [], []);

    public static CertificateUnit Capf { get; } = new("CAPF", CucmOnly, [], []);

    public static CertificateUnit Tvs { get; } = new("TVS", CucmOnly, [], []);

    public static CertificateUnit ItlRecovery { get; } = new("ITLRecovery", CucmOnly, [], ["itl-recovery", "itl"]);

    public static IReadOnlyList<CertificateUnit> All { get; } =
        [Cup, CupXmpp, CupXmppS2s, Ipsec, Tomcat, CallManager, Capf, Tvs, ItlRecovery];

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
