using CertBot.Engine.Model;

namespace CertBot.Chat.Grammar;

/// <summary>An identity certificate unit as the platform names it (<c>set cert regen &lt;unit&gt;</c>).</summary>
/// <param name="Name">The platform's spelling (<c>cup-xmpp</c>, <c>CallManager</c>).</param>
/// <param name="ExistsOn">The products whose nodes carry this unit.</param>
/// <param name="RegenerableOn">
/// The products on which a CertBot procedure regenerates this unit (procedures P1–P5); empty when none does.
/// </param>
/// <param name="Aliases">Other spellings people use for it (<c>xmpp</c>, <c>s2s</c>).</param>
public sealed record CertificateUnit(
    string Name,
    IReadOnlyList<Product> ExistsOn,
    IReadOnlyList<Product> RegenerableOn,
    IReadOnlyList<string> Aliases)
{
    public bool IsRegenerable => RegenerableOn.Count > 0;

    public override string ToString() => Name;
}
