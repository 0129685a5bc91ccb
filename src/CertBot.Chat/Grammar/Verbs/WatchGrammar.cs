using CertBot.Chat.Grammar.Commands;

namespace CertBot.Chat.Grammar.Verbs;

/// <summary><c>watch &lt;cluster&gt; here</c>: "watch lab-east here", "watch the certificates of lab-east in this channel".</summary>
internal static class WatchGrammar
{
    private static readonly IReadOnlySet<string> Allowed = Vocabulary.Set(
        "here", "this", "channel", "in", "expiry", "expiring", "expiration", "expirations", "warn", "warnings", "watch");

    public static ParseResult Parse(ParseScope scope)
    {
        string? cluster = null;
        foreach (var (index, token) in scope.Arguments)
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
                return scope.Unknown(index, scope.Clusters.All.Append("here"));
            }
        }

        return scope.RequireCluster(cluster, "watch {cluster} here", out var resolved) ?? ParseResult.Of(new WatchCommand(resolved));
    }
}
