using CertBot.Chat.Grammar.Commands;
using CertBot.Chat.Grammar.Verbs;
using CertBot.Engine.Procedures;

namespace CertBot.Chat.Grammar;

/// <summary>
/// The chat command grammar: turns what a person typed (mention already removed) into a
/// <see cref="ChatCommand"/>, or into a <see cref="CommandRefusal"/> that says what was not understood, offers
/// the closest command, and quotes the usage line. Pure: no I/O, no clock, no exceptions for bad input.
/// </summary>
public sealed class CommandParser
{
    private readonly ClusterNames _clusters;
    private readonly NodeNames _nodes;

    /// <param name="clusterNames">The configured cluster names; commands carry these spellings.</param>
    /// <param name="nodesByCluster">The configured node names of each cluster (<c>show all for &lt;node&gt;</c>); none when null.</param>
    public CommandParser(IEnumerable<string> clusterNames, IReadOnlyDictionary<string, IReadOnlyList<string>>? nodesByCluster = null)
    {
        ArgumentNullException.ThrowIfNull(clusterNames);
        _clusters = new ClusterNames(clusterNames);
        _nodes = new NodeNames(nodesByCluster);
    }

    public ParseResult Parse(string? text)
    {
        text ??= string.Empty;
        var tokens = Tokenizer.Split(text);
        var start = 0;
        while (start < tokens.Count && tokens[start].IsAny(Vocabulary.Preamble) && VerbTable.Find(tokens[start].Text) is null)
        {
            start++;
        }

        // "@CertBot" alone, "hi", "show me": the helpful answer is the list of commands.
        if (start == tokens.Count)
        {
            return ParseResult.Of(new HelpCommand());
        }

        return VerbTable.Find(tokens[start].Text) is { } entry
            ? Dispatch(entry.Verb, new Scope(text, tokens, start, _clusters, _nodes))
            : UnknownCommand(tokens, start);
    }

    private static ParseResult Dispatch(CommandVerb verb, Scope at) => verb switch
    {
        CommandVerb.Help => ParseResult.Of(new HelpCommand()),
        CommandVerb.Clusters => NoArguments(at.For(CommandUsage.Clusters), new ListClustersCommand()),
        CommandVerb.Runs => NoArguments(at.For(CommandUsage.Runs), new ListRunsCommand()),
        CommandVerb.Certs => ProvideGrammar.Claims(at.For(CommandUsage.Provide))
            ? ProvideGrammar.Parse(at.For(CommandUsage.Provide))
            : CertsGrammar.Parse(at.For(CommandUsage.Certs)),
        CommandVerb.Check => Check(at),
        CommandVerb.CheckIpsec => CheckIpsecGrammar.Parse(at.For(CommandUsage.CheckIpsec)),
        CommandVerb.Regenerate => RegenerateGrammar.Parse(at.For(CommandUsage.Regenerate)),
        CommandVerb.Renew => RenewGrammar.Parse(at.For(CommandUsage.Renew)),
        CommandVerb.Provide => ProvideGrammar.Parse(at.For(CommandUsage.Provide)),
        CommandVerb.PurgeExpiredTrust => PurgeGrammar.Parse(at.For(CommandUsage.PurgeExpiredTrust)),
        CommandVerb.Exchange => ExchangeGrammar.Parse(at.For(CommandUsage.Exchange)),
        CommandVerb.Status => RunGrammar.Status(at.For(CommandUsage.Status)),
        CommandVerb.Show => Show(at),
        CommandVerb.Cancel => RunGrammar.Cancel(at.For(CommandUsage.Cancel)),
        CommandVerb.Approve => RunGrammar.Decide(at.For(CommandUsage.Approve), RunDecision.Approve),
        CommandVerb.Reject => RunGrammar.Decide(at.For(CommandUsage.Reject), RunDecision.Reject),
        CommandVerb.Watch => WatchGrammar.Parse(at.For(CommandUsage.Watch)),
        CommandVerb.Refresh => RefreshGrammar.Parse(at.For(CommandUsage.Refresh)),
        _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, "A verb without a grammar."),
    };

    /// <summary>
    /// "show" is also how people start other commands ("show me the runs", "show certs on lab-east"): a command word
    /// after it is that command; a node or cluster named, or "all for", shows a node's every certificate
    /// (<c>show all for cucm-sub1</c>); otherwise it shows a run in full (<c>show 1a2b3c4d</c>).
    /// </summary>
    private static ParseResult Show(Scope at)
    {
        var scope = at.For(CommandUsage.Show);
        foreach (var (index, token) in scope.Arguments)
        {
            if (VerbTable.Find(token.Text) is { Verb: not CommandVerb.Show } inner)
            {
                return Dispatch(inner.Verb, at with { VerbIndex = index });
            }
        }

        return NodeGrammar.Claims(scope) ? NodeGrammar.Parse(at.For(CommandUsage.ShowNode)) : RunGrammar.Show(scope);
    }

    /// <summary>"check" alone is ambiguous: "check ipsec lab-east" checks the IPsec trust, "check certs lab-east" lists.</summary>
    private static ParseResult Check(Scope at)
    {
        var scope = at.For(CommandUsage.CheckIpsec);
        if (scope.Arguments.Any(a => a.Token.Is("ipsec")))
        {
            return CheckIpsecGrammar.Parse(scope);
        }

        foreach (var (index, token) in scope.Arguments)
        {
            if (VerbTable.Find(token.Text) is { Verb: not CommandVerb.Check } inner)
            {
                return Dispatch(inner.Verb, at with { VerbIndex = index });
            }
        }

        return scope.Refuse("Check what? I can check the IPsec trust of a cluster.", scope.Clusters.Single is { } only ? $"check ipsec {only}" : null);
    }

    private static ParseResult NoArguments(ParseScope scope, ChatCommand command)
    {
        foreach (var (index, token) in scope.Arguments)
        {
            if (!token.IsAny(Vocabulary.Filler))
            {
                return scope.Unknown(index, []);
            }
        }

        return ParseResult.Of(command);
    }

    private static ParseResult UnknownCommand(IReadOnlyList<Token> tokens, int index)
    {
        var word = tokens[index].Text;
        var closest = EditDistance.Closest(word, VerbTable.All.Select(p => p.Key));
        var suggestion = closest is null
            ? null
            : string.Join(' ', tokens.Skip(index).Select((t, i) => i == 0 ? VerbTable.Find(closest)!.Canonical : t.Text));
        var refusal = new CommandRefusal($"I don't know the command '{InputLimits.Echo(word)}'.", suggestion, CommandUsage.Summary);
        return ParseResult.Refused(refusal);
    }

    /// <summary>Where the command word is; the usage line is added once the grammar is known.</summary>
    private sealed record Scope(string Text, IReadOnlyList<Token> Tokens, int VerbIndex, ClusterNames Clusters, NodeNames Nodes)
    {
        public ParseScope For(string usage) => new(Text, Tokens, VerbIndex, Clusters, usage, Nodes);
    }
}
