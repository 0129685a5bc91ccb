using CertBot.Chat.Grammar.Commands;

namespace CertBot.Chat.Grammar.Verbs;

/// <summary>A command about one cluster whose other words only colour it ("check ipsec on lab-east", "refresh the facts of lab-east").</summary>
internal static class OneClusterGrammar
{
    /// <param name="allowed">The words that may stand beside the cluster's name (fillers always may).</param>
    /// <param name="usage">The usage with <c>{cluster}</c> where the name goes, for the question which cluster.</param>
    /// <param name="suggestions">What a did-you-mean offers besides the clusters' names.</param>
    public static ParseResult Parse(ParseScope scope, IReadOnlySet<string> allowed, string usage, Func<string, ChatCommand> command, IEnumerable<string> suggestions)
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
            else if (!token.IsAny(allowed) && !token.IsAny(Vocabulary.Filler))
            {
                return scope.Unknown(index, scope.Clusters.All.Concat(suggestions));
            }
        }

        return scope.RequireCluster(cluster, usage, out var resolved) ?? ParseResult.Of(command(resolved));
    }
}
