namespace CertBot.Chat.Grammar;

/// <summary>
/// The configured nodes of every cluster, to resolve what a user typed to a node. The same node name is often used
/// in several clusters (<c>cucm-pub</c>), so a name resolves to every cluster that has it and the grammar asks which
/// one; like cluster names, case and separators do not matter, and nothing else is guessed.
/// </summary>
internal sealed class NodeNames
{
    private readonly List<(string Cluster, string Node)> _nodes;

    public NodeNames(IReadOnlyDictionary<string, IReadOnlyList<string>>? nodesByCluster)
    {
        _nodes = nodesByCluster is null ? [] : [.. nodesByCluster.SelectMany(c => c.Value.Select(n => (c.Key, n)))];
    }

    /// <summary>Every configured node name once, for a did-you-mean.</summary>
    public IReadOnlyList<string> All => [.. _nodes.Select(n => n.Node).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The clusters and spellings of the node named <paramref name="word"/>; empty when no node has that name.</summary>
    public IReadOnlyList<(string Cluster, string Node)> Find(string word)
    {
        var exact = _nodes.Where(n => string.Equals(n.Node, word, StringComparison.OrdinalIgnoreCase)).ToList();
        return exact.Count > 0 ? exact : [.. _nodes.Where(n => Squash(n.Node) == Squash(word))];
    }

    /// <summary>The nodes of one cluster, as a refusal lists them.</summary>
    public string Describe(string cluster) =>
        string.Join(", ", _nodes.Where(n => n.Cluster == cluster).Select(n => $"`{n.Node}`"));

    private static string Squash(string name) => new string(name.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
}
