using CertBot.Chat.Grammar.Commands;
using CertBot.Engine.Procedures;

namespace CertBot.Chat.Grammar.Verbs;

/// <summary>
/// <c>show all for &lt;node&gt;</c>: "show all for cucm-sub1", "show all certificates of imp-pub on lab-east",
/// "show all for lab-east/cucm-pub". A node name used in several clusters is settled by naming the cluster.
/// </summary>
internal static class NodeGrammar
{
    private static readonly IReadOnlySet<string> Ignored = Vocabulary.Set("show", "list", "every", "node", "server", "in", "from", "with");

    /// <summary>Whether "show …" means a node: a configured node or cluster is named, or it says "all for".</summary>
    public static bool Claims(ParseScope scope)
    {
        var words = scope.Arguments.Select(a => a.Token).ToList();
        return words.Any(t => Split(scope, t.Text).Node is { } node && scope.Nodes.Find(node).Count > 0 || scope.Clusters.Resolve(t.Text) is not null)
            || (words.Any(t => t.Is("all")) && words.Any(t => t.Is("for")));
    }

    public static ParseResult Parse(ParseScope scope)
    {
        string? cluster = null;
        (int Index, string Word)? node = null;
        foreach (var (index, token) in scope.Arguments)
        {
            var (named, nodeWord) = Split(scope, token.Text);
            if (named is not null && scope.AddCluster(ref cluster, named) is { } twoClusters)
            {
                return twoClusters;
            }

            if (nodeWord is null)
            {
                continue;
            }

            if (node is not null && !string.Equals(node.Value.Word, nodeWord, StringComparison.OrdinalIgnoreCase))
            {
                return scope.Refuse($"One node at a time, please: you named `{node.Value.Word}` and `{nodeWord}`.");
            }

            node = (index, nodeWord);
        }

        return node is { } found
            ? Settle(scope, cluster, found.Index, found.Word, null)
            : scope.Refuse("Which node? `clusters` lists every cluster's nodes.", scope.Nodes.All.Count > 0 ? $"show all for {scope.Nodes.All[0]}" : null);
    }

    /// <summary>
    /// The node named, in the cluster named or the only cluster that has it; else a refusal naming the choices:
    /// the clusters that have a node of that name, or the nodes there are.
    /// </summary>
    public static ParseResult Settle(ParseScope scope, string? cluster, int index, string word, int? days)
    {
        var matches = scope.Nodes.Find(word).Where(n => cluster is null || n.Cluster == cluster).ToList();
        if (matches.Count == 1)
        {
            return ParseResult.Of(new ShowNodeCertificatesCommand(matches[0].Cluster, matches[0].Node, days));
        }

        if (matches.Count > 1)
        {
            var clusters = matches.Select(m => m.Cluster).ToList();
            return scope.Refuse($"`{matches[0].Node}` is a node of {string.Join(", ", clusters.Select(c => $"`{c}`"))}: name the cluster too.",
                $"show all for {matches[0].Node} on {clusters[0]}");
        }

        var echo = InputLimits.Echo(word);
        if (cluster is not null)
        {
            var closest = EditDistance.Closest(word, NodesOf(scope, cluster));
            return scope.Refuse($"`{cluster}` has no node '{echo}'; its nodes: {scope.Nodes.Describe(cluster)}.", closest is null ? null : scope.Rewrite(index, closest));
        }

        var guess = EditDistance.Closest(word, scope.Nodes.All);
        return scope.Refuse($"I know no node '{echo}'. {Capitalise(Everywhere(scope))}.", guess is null ? null : scope.Rewrite(index, guess));
    }

    /// <summary>"lab-east/cucm-pub" names both; a word that is a cluster names the cluster; any other word that is not filler names the node.</summary>
    private static (string? Cluster, string? Node) Split(ParseScope scope, string word)
    {
        var slash = word.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && scope.Clusters.Resolve(word[..slash]) is { } cluster)
        {
            return (cluster, word[(slash + 1)..]);
        }

        if (scope.Clusters.Resolve(word) is { } named)
        {
            return (named, null);
        }

        return word.Length == 0 || Vocabulary.Filler.Contains(word) || Ignored.Contains(word) || VerbTable.Find(word) is not null ? (null, null) : (null, word);
    }

    private static List<string> NodesOf(ParseScope scope, string cluster) =>
        [.. scope.Nodes.All.Where(n => scope.Nodes.Find(n).Any(m => m.Cluster == cluster))];

    private static string Everywhere(ParseScope scope) => scope.Clusters.All.Count == 0 ? "no cluster is configured"
        : "nodes: " + string.Join("; ", scope.Clusters.All.Select(c => $"{c}: {scope.Nodes.Describe(c)}"));

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
