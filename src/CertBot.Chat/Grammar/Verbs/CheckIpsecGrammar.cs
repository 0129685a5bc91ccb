using CertBot.Chat.Grammar.Commands;

namespace CertBot.Chat.Grammar.Verbs;

/// <summary><c>check ipsec &lt;cluster&gt;</c>: "verify the ipsec trust on lab-east", "ipsec check lab-east".</summary>
internal static class CheckIpsecGrammar
{
    private static readonly IReadOnlySet<string> Allowed = Vocabulary.Set(
        "ipsec", "trust", "check", "verify", "validate", "test", "ipsec-trust", "in", "stores", "store", "serials", "serial");

    public static ParseResult Parse(ParseScope scope)
    {
        string? cluster = null;
        foreach (var (index, token) in scope.ArgumentsFromVerb)
        {
            if (scope.Clusters.Resolve(token.Text) is { } named)
            {
                if (scope.AddCluster(ref cluster, named) is { } twoClusters)
                {
                    return twoClusters;
                }
            }
            else if (!token.IsAny(Allowed) && !token.IsAny(Vocabulary.Filler))
            {
                return scope.Unknown(index, scope.Clusters.All.Append("ipsec"));
            }
        }

        return scope.RequireCluster(cluster, "check ipsec {cluster}", out var resolved) ?? ParseResult.Of(new CheckIpsecCommand(resolved));
    }
}
