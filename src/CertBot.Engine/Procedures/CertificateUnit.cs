using System.Text.Json.Serialization;
using CertBot.Engine.Model;

namespace CertBot.Engine.Procedures;

/// <summary>
/// An identity certificate unit as the platform names it (<c>set cert regen &lt;unit&gt;</c>), with what the
/// procedures need to know about it. The instances are <see cref="UnitCatalog"/>'s; a request, a plan and a
/// stored run carry the unit by its name (<see cref="CertificateUnitJsonConverter"/>).
/// </summary>
/// <param name="Name">The platform's spelling (<c>cup-xmpp</c>, <c>CallManager</c>).</param>
/// <param name="ExistsOn">The products whose nodes carry this unit.</param>
/// <param name="RegenerableOn">
/// The products on which a CertBot procedure regenerates this unit (procedures P1–P5); empty when none does.
/// </param>
/// <param name="Aliases">Other spellings people use for it (<c>xmpp</c>, <c>s2s</c>).</param>
[JsonConverter(typeof(CertificateUnitJsonConverter))]
public sealed record CertificateUnit(
    string Name,
    IReadOnlyList<Product> ExistsOn,
    IReadOnlyList<Product> RegenerableOn,
    IReadOnlyList<string> Aliases)
{
    private readonly string? trustUnit;

    /// <summary>The services restarted on every regenerated node, in this order, so the new certificate becomes active.</summary>
    public IReadOnlyList<string> RestartServices { get; init; } = [];

    /// <summary>What a regeneration does where the unit is CA-signed (self-signed ones are regenerated).</summary>
    public CaSignedHandling CaSigned { get; init; } = CaSignedHandling.Keep;

    /// <summary>Jabber clients connect to this certificate: a new self-signed one must be pushed to them (a manual step).</summary>
    public bool PushToJabber { get; init; }

    /// <summary>
    /// The unit whose trust store (<c>&lt;unit&gt;-trust</c>) holds this unit's certificates and their CAs, as
    /// <c>set cert import trust</c> names it: its own, except cup-xmpp-s2s (cup-xmpp's store, platform-cli.md §2.2)
    /// and the ECDSA twins (their RSA unit's store).
    /// </summary>
    public string TrustUnit
    {
        get => trustUnit ?? Name;
        init => trustUnit = value;
    }

    /// <summary>Nodes of its products may lack it (the ECDSA twins): a node without it is left out, not a blocker.</summary>
    public bool OnSomeNodes { get; init; }

    public bool IsRegenerable => RegenerableOn.Count > 0;

    public override string ToString() => Name;
}
