using CertBot.Chat.Grammar.Commands;
using CertBot.Engine.Procedures;

namespace CertBot.Chat.Grammar.Verbs;

/// <summary>
/// <c>purge expired trust on &lt;cluster&gt;</c>: "delete expired trust certs on lab-east", "clean up expired trust
/// lab-east". The word "expired" is required: CertBot deletes nothing else, and never an identity certificate.
/// </summary>
internal static class PurgeGrammar
{
    private static readonly IReadOnlySet<string> Allowed = Vocabulary.Set(
        "trust", "trusts", "stores", "store", "up", "from", "in", "purge", "delete", "remove", "clean", "cleanup", "clear", "prune");

    public static ParseResult Parse(ParseScope scope)
    {
        string? cluster = null;
        var expired = false;
        CertificateUnit? identity = null;
        foreach (var (index, token) in scope.ArgumentsFromVerb)
        {
            if (scope.Clusters.Resolve(token.Text) is { } named)
            {
                if (scope.AddCluster(ref cluster, named) is { } twoClusters)
                {
                    return twoClusters;
                }
            }
            else if (token.Is("expired"))
            {
                expired = true;
            }
            else if (UnitCatalog.Find(token.Text) is { } unit)
            {
                identity ??= unit;
            }
            else if (!token.IsAny(Allowed) && !token.IsAny(Vocabulary.Filler))
            {
                return scope.Unknown(index, scope.Clusters.All.Concat(["expired", "trust"]));
            }
        }

        if (identity is not null)
        {
            return scope.Refuse(
                $"`{identity.Name}` is an identity certificate: CertBot never deletes those, only expired trust certificates.",
                Suggest(scope, cluster));
        }

        if (!expired)
        {
            return scope.Refuse("CertBot only deletes expired trust certificates.", Suggest(scope, cluster));
        }

        return scope.RequireCluster(cluster, "purge expired trust on {cluster}", out var resolved)
            ?? ParseResult.Of(new PurgeExpiredTrustCommand(resolved));
    }

    private static string Suggest(ParseScope scope, string? cluster) =>
        $"purge expired trust on {cluster ?? scope.Clusters.Single ?? "<cluster>"}";
}
