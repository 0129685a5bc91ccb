using CertBot.Chat.Grammar.Commands;
using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;

namespace CertBot.Chat.Grammar.Verbs;

/// <summary>
/// <c>renew &lt;unit&gt; on &lt;cluster&gt; [single-node|multi-server]</c>, in any word order: "renew cup-xmpp on lab-east",
/// "renew the tomcat cert on lab-east multi-server". The distribution is optional: the plan follows the current certificate.
/// </summary>
internal static class RenewGrammar
{
    // --cluster and --distribution: the command line's spelling, pasted here, works too.
    private static readonly IReadOnlySet<string> Ignored = Vocabulary.Set(
        "pem", "identity", "own", "in", "nodes", "node", "--cluster", "--distribution", "distribution", "with", "csr", "ca", "signed", "ca-signed");

    private static readonly IReadOnlySet<string> MultiServer = Vocabulary.Set("multi-server", "multiserver", "multi", "san");

    private static readonly IReadOnlySet<string> SingleNode = Vocabulary.Set("single-node", "singlenode", "single", "per-node");

    public static ParseResult Parse(ParseScope scope)
    {
        string? cluster = null;
        CertificateUnit? unit = null;
        bool? multiServer = null;
        foreach (var (index, token) in scope.Arguments)
        {
            if (scope.Clusters.Resolve(token.Text) is { } named)
            {
                if (scope.AddCluster(ref cluster, named) is { } twoClusters)
                {
                    return twoClusters;
                }
            }
            else if (UnitCatalog.Find(token.Text) is { } found)
            {
                if (scope.AddUnit(ref unit, found) is { } twoUnits)
                {
                    return twoUnits;
                }
            }
            else if (token.IsAny(MultiServer) || token.IsAny(SingleNode))
            {
                var asked = token.IsAny(MultiServer);
                if (multiServer is { } earlier && earlier != asked)
                {
                    return scope.Refuse("Name one distribution: `single-node` (a CSR per node) or `multi-server` (one CSR on the publisher for every node).");
                }

                multiServer = asked;
            }
            else if (!token.IsAny(Vocabulary.Filler) && !token.IsAny(Ignored))
            {
                return scope.Unknown(index, scope.Clusters.All.Concat(UnitCatalog.Spellings).Concat(["single-node", "multi-server"]));
            }
        }

        var example = $"renew cup-xmpp on {cluster ?? scope.Clusters.Single ?? "<cluster>"}";
        if (unit is null)
        {
            return scope.Refuse($"Which certificate? CertBot renews {Renewable()} through a CSR.", example);
        }

        if (!RenewalPlanner.Renewable.Contains(unit))
        {
            return scope.Refuse($"Renewing `{unit.Name}` through a CSR is not automated. CertBot renews {Renewable()}.", example);
        }

        return scope.RequireCluster(cluster, $"renew {unit.Name} on {{cluster}}", out var resolved) is { } refusal
            ? refusal
            : ParseResult.Of(new RenewCommand(unit, resolved, multiServer));
    }

    private static string Renewable() => string.Join(", ", RenewalPlanner.Renewable.Select(u => $"`{u.Name}`"));
}
