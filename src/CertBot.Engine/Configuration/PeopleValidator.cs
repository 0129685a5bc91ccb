using CertBot.Engine.Runs;

namespace CertBot.Engine.Configuration;

/// <summary>
/// The rules on <see cref="EngineOptions.People"/> and on the approver and requester lists that name them: every
/// person has a unique name and identities that are principals, one identity belongs to at most one person (or
/// four-eyes could not tell who is who), and a list entry is a principal or a configured person's name.
/// </summary>
internal static class PeopleValidator
{
    public static void Validate(EngineOptions options, List<string> errors)
    {
        foreach (var person in options.People.Where(p => string.IsNullOrWhiteSpace(p.Name)))
        {
            errors.Add($"a person without a name lists {string.Join(", ", person.Identities)}: give every entry of CertBot:People a Name");
        }

        foreach (var twice in options.People.Where(p => !string.IsNullOrWhiteSpace(p.Name)).GroupBy(p => p.Name.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            errors.Add($"person '{twice.Key}' is configured {twice.Count()} times");
        }

        var owners = new Dictionary<Principal, string>();
        foreach (var person in options.People.Where(p => !string.IsNullOrWhiteSpace(p.Name)))
        {
            if (person.Identities.Count == 0)
            {
                errors.Add($"person '{person.Name}' has no identity: list aad:, slack: or cli: principals under Identities");
            }

            foreach (var identity in person.Identities)
            {
                if (!Principal.TryParse(identity, out var principal))
                {
                    errors.Add($"person '{person.Name}' identity '{identity}' is not a principal: use aad:<object id>, slack:<user id> or cli:<name>");
                }
                else if (owners.TryGetValue(principal, out var owner) && !string.Equals(owner, person.Name, StringComparison.OrdinalIgnoreCase))
                {
                    errors.Add($"identity {principal} belongs to both '{owner}' and '{person.Name}': one identity is one person");
                }
                else
                {
                    owners[principal] = person.Name;
                }
            }
        }

        var names = options.People.Select(p => p.Name.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var cluster in options.Clusters.Where(c => !string.IsNullOrWhiteSpace(c.Name)))
        {
            foreach (var (list, entry) in cluster.Approvers.Select(a => ("approver", a)).Concat(cluster.Requesters.Select(r => ("requester", r))))
            {
                if (!Principal.TryParse(entry, out _) && !names.Contains(entry.Trim()))
                {
                    errors.Add($"cluster '{cluster.Name}' {list} '{entry}' is neither a principal (aad:<object id>, slack:<user id>, cli:<name>) nor a person of CertBot:People");
                }
            }
        }
    }
}
