using CertBot.Chat.Grammar.Commands;

namespace CertBot.Chat.Grammar.Verbs;

/// <summary>
/// <c>exchange certificates from &lt;source&gt; to &lt;destination&gt;</c>; also "bulk exchange lab-east to lab-west".
/// The direction decides which cluster's phones move, so "between A and B" is asked back, not guessed.
/// </summary>
internal static class ExchangeGrammar
{
    private static readonly IReadOnlySet<string> Ignored = Vocabulary.Set(
        "exchange", "bulk", "swap", "trust", "phones", "phone", "migration", "migrate", "for", "with");

    private static readonly IReadOnlySet<string> Towards = Vocabulary.Set("to", "into", "->", "towards");

    public static ParseResult Parse(ParseScope scope)
    {
        string? source = null;
        string? destination = null;
        var next = Side.Either;
        foreach (var (index, token) in scope.ArgumentsFromVerb)
        {
            if (scope.Clusters.Resolve(token.Text) is { } named)
            {
                if (next == Side.Destination || (next == Side.Either && source is not null))
                {
                    destination = named;
                }
                else
                {
                    source = named;
                }

                next = Side.Either;
            }
            else if (token.Is("from"))
            {
                next = Side.Source;
            }
            else if (token.IsAny(Towards))
            {
                next = Side.Destination;
            }
            else if (token.Is("between"))
            {
                return scope.Refuse("Which way? Name the cluster whose phones move as the source.", Example(scope));
            }
            else if (!token.IsAny(Ignored) && !token.IsAny(Vocabulary.Filler))
            {
                return scope.Unknown(index, scope.Clusters.All.Concat(["from", "to"]));
            }
        }

        if (source is null || destination is null)
        {
            return scope.Refuse($"Name both clusters: the source and the destination ({scope.Clusters.Describe()}).", Example(scope));
        }

        return string.Equals(source, destination, StringComparison.Ordinal)
            ? scope.Refuse($"Source and destination are both `{source}`; the exchange is between two clusters.")
            : ParseResult.Of(new ExchangeCertificatesCommand(source, destination));
    }

    private static string? Example(ParseScope scope) => scope.Clusters.All.Count >= 2
        ? $"exchange certificates from {scope.Clusters.All[0]} to {scope.Clusters.All[1]}"
        : null;

    private enum Side
    {
        Either,
        Source,
        Destination,
    }
}
