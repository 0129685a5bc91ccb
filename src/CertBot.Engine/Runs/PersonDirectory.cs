using CertBot.Engine.Configuration;

namespace CertBot.Engine.Runs;

/// <summary>
/// Who is who across namespaces (<see cref="EngineOptions.People"/>): the person behind a principal, whether
/// two principals are the same person, whether an approver or requester entry (a person's name or one
/// identity) stands for a principal, and how journal lines name someone. A principal no person lists is a
/// person of its own.
/// </summary>
public sealed class PersonDirectory
{
    private readonly Dictionary<Principal, PersonOptions> byIdentity = [];
    private readonly Dictionary<string, PersonOptions> byName = new(StringComparer.OrdinalIgnoreCase);

    public PersonDirectory(EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var person in options.People.Where(p => !string.IsNullOrWhiteSpace(p.Name)))
        {
            byName.TryAdd(person.Name.Trim(), person);
            foreach (var identity in person.Identities)
            {
                // The validator refuses an identity listed for two people; the first one wins until then.
                if (Principal.TryParse(identity, out var principal))
                {
                    byIdentity.TryAdd(principal, person);
                }
            }
        }
    }

    /// <summary>The configured person behind <paramref name="who"/>, or null.</summary>
    public PersonOptions? PersonOf(Principal who) => byIdentity.GetValueOrDefault(who);

    /// <summary>The configured person of this name, or null.</summary>
    public PersonOptions? Named(string name) => byName.GetValueOrDefault(name.Trim());

    /// <summary>The same principal, or two identities of one configured person.</summary>
    public bool SamePerson(Principal a, Principal b) =>
        a == b || (PersonOf(a) is { } person && ReferenceEquals(person, PersonOf(b)));

    /// <inheritdoc cref="SamePerson(Principal, Principal)"/>
    public bool SamePerson(string? a, string? b) =>
        Principal.TryParse(a, out var first) && Principal.TryParse(b, out var second) && SamePerson(first, second);

    /// <summary>
    /// Whether an entry of an approver or requester list stands for <paramref name="who"/>: a principal only for
    /// itself, a person's name for every identity of that person.
    /// </summary>
    public bool Matches(string entry, Principal who) =>
        Principal.TryParse(entry, out var listed) ? listed == who
            : Named(entry) is { } person && ReferenceEquals(person, PersonOf(who));

    /// <summary>Whether any entry of <paramref name="entries"/> stands for <paramref name="who"/>.</summary>
    public bool AnyMatches(IEnumerable<string> entries, Principal who) => entries.Any(e => Matches(e, who));

    /// <summary>How the journal names someone: <c>Alan (slack:U1)</c> for a configured person, the principal otherwise.</summary>
    public string Describe(Principal who) => PersonOf(who) is { } person ? $"{person.Name} ({who})" : who.ToString();

    /// <inheritdoc cref="Describe(Principal)"/>
    public string Describe(string principal) => Principal.TryParse(principal, out var who) ? Describe(who) : principal;
}
