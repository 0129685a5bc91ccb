using CertBot.Engine.Procedures;

namespace CertBot.Chat.Grammar;

/// <summary>
/// One message being read by one command's grammar: its words from the command word on, the configured
/// clusters, and the ways to refuse it with a usage line and a corrected command.
/// </summary>
internal sealed class ParseScope
{
    private readonly IReadOnlyList<Token> _tokens;
    private readonly int _verbIndex;

    public ParseScope(string text, IReadOnlyList<Token> tokens, int verbIndex, ClusterNames clusters, string usage, NodeNames? nodes = null)
    {
        Text = text;
        _tokens = tokens;
        _verbIndex = verbIndex;
        Clusters = clusters;
        Usage = usage;
        Nodes = nodes ?? new NodeNames(null);
    }

    /// <summary>The message as typed.</summary>
    public string Text { get; }

    public ClusterNames Clusters { get; }

    /// <summary>The configured nodes of every cluster.</summary>
    public NodeNames Nodes { get; }

    public string Usage { get; }

    /// <summary>The words after the command word, with their positions in the message.</summary>
    public IEnumerable<(int Index, Token Token)> Arguments =>
        _tokens.Select((t, i) => (i, t)).Where(p => p.i > _verbIndex);

    /// <summary>The same words, plus the command word when it is one of the arguments ("expired certs").</summary>
    public IEnumerable<(int Index, Token Token)> ArgumentsFromVerb =>
        _tokens.Select((t, i) => (i, t)).Where(p => p.i >= _verbIndex);

    public ParseResult Refuse(string reason, string? suggestion = null) =>
        ParseResult.Refused(new CommandRefusal(reason, suggestion, Usage));

    /// <summary>Refuses a word this command does not know, offering the closest known word in its place.</summary>
    public ParseResult Unknown(int index, IEnumerable<string> candidates)
    {
        var word = _tokens[index].Text;
        var closest = EditDistance.Closest(word, candidates);
        return Refuse($"I don't know the word '{InputLimits.Echo(word)}' here.", closest is null ? null : Rewrite(index, closest));
    }

    /// <summary>The command as typed from its command word on, with one word replaced.</summary>
    public string Rewrite(int index, string replacement) =>
        string.Join(' ', _tokens.Select((t, i) => i == index ? replacement : t.Text).Skip(_verbIndex));

    /// <summary>The text typed after a word, as typed (a comment keeps its punctuation).</summary>
    public string? TextAfter(int index)
    {
        var rest = Text[_tokens[index].End..].Trim().TrimStart(':', '-', '\u2013', ',').Trim();
        return rest.Length == 0 ? null : rest;
    }

    /// <summary>
    /// Settles the cluster of a one-cluster command: the one named, else the only configured one, else a
    /// refusal that lists the configured names.
    /// </summary>
    public ParseResult? RequireCluster(string? named, string suggestionTemplate, out string cluster)
    {
        cluster = named ?? Clusters.Single ?? string.Empty;
        if (cluster.Length > 0)
        {
            return null;
        }

        var example = Clusters.All.Count > 0 ? suggestionTemplate.Replace("{cluster}", Clusters.All[0], StringComparison.Ordinal) : null;
        return Refuse($"Which cluster? {Capitalise(Clusters.Describe())}.", example);
    }

    /// <summary>Records a cluster named in the message; a second, different cluster is a refusal.</summary>
    public ParseResult? AddCluster(ref string? cluster, string resolved)
    {
        if (cluster is not null && !string.Equals(cluster, resolved, StringComparison.Ordinal))
        {
            return Refuse($"This command works on one cluster; you named `{cluster}` and `{resolved}`.");
        }

        cluster = resolved;
        return null;
    }

    /// <summary>Records a unit named in the message; a second, different unit is a refusal.</summary>
    public ParseResult? AddUnit(ref CertificateUnit? unit, CertificateUnit found)
    {
        if (unit is not null && unit != found)
        {
            return Refuse($"One certificate at a time, please: you named `{unit.Name}` and `{found.Name}`.");
        }

        unit = found;
        return null;
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
