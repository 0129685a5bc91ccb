using System.Globalization;
using CertBot.Chat.Grammar.Commands;

namespace CertBot.Chat.Grammar.Verbs;

/// <summary>
/// <c>certs &lt;cluster&gt; [expiring &lt;days&gt;]</c>: "certs lab-east expiring in 30 days",
/// "expired certs on lab-east", "show certificates lab-east within 60d"; with a node named, that node's every
/// certificate ("certs lab-east cucm-sub1", as <c>show all for &lt;node&gt;</c>).
/// </summary>
internal static class CertsGrammar
{
    /// <summary>Ten years: beyond that "expiring" means every certificate, which is the command without it.</summary>
    public const int MaxDays = 3650;

    private static readonly IReadOnlySet<string> Window = Vocabulary.Set(
        "expiring", "expire", "expires", "expiry", "within", "in", "next", "before", "due", "soon", "less", "than");

    private static readonly IReadOnlySet<string> Ignored = Vocabulary.Set(
        "days", "day", "d", "inventory", "list", "show", "that", "which", "will", "are", "is");

    public static ParseResult Parse(ParseScope scope)
    {
        string? cluster = null;
        (int Index, string Word)? node = null;
        int? days = null;
        var askedWindow = false;
        foreach (var (index, token) in scope.ArgumentsFromVerb)
        {
            if (scope.Clusters.Resolve(token.Text) is { } named)
            {
                if (scope.AddCluster(ref cluster, named) is { } twoClusters)
                {
                    return twoClusters;
                }
            }
            else if (node is null && scope.Nodes.Find(token.Text).Count > 0)
            {
                node = (index, token.Text);
            }
            else if (token.Is("expired"))
            {
                days ??= 0;
            }
            else if (token.IsAny(Window))
            {
                askedWindow = true;
            }
            else if (TryDays(token.Text, out var number))
            {
                if (number > MaxDays)
                {
                    return scope.Refuse($"{number} days is more than I look ahead ({MaxDays}); leave `expiring` out to list every certificate.");
                }

                days = number;
            }
            else if (!token.IsAny(Vocabulary.Filler) && !token.IsAny(Ignored) && !IsCommandWord(token))
            {
                return scope.Unknown(index, scope.Clusters.All.Concat(["expiring", "expired", "days"]));
            }
        }

        if (node is { } typed)
        {
            return askedWindow && days is null
                ? scope.Refuse("Expiring within how many days?", $"certs {(cluster is null ? "" : cluster + " ")}{typed.Word} expiring 30")
                : NodeGrammar.Settle(scope, cluster, typed.Index, typed.Word, days);
        }

        if (scope.RequireCluster(cluster, "certs {cluster}", out var resolved) is { } refusal)
        {
            return refusal;
        }

        return askedWindow && days is null
            ? scope.Refuse("Expiring within how many days?", $"certs {resolved} expiring 30")
            : ParseResult.Of(new ListCertificatesCommand(resolved, days));
    }

    private static bool IsCommandWord(Token token) => VerbTable.Find(token.Text)?.Verb == CommandVerb.Certs;

    /// <summary>"30", "30d", "30days".</summary>
    private static bool TryDays(string word, out int days)
    {
        var digits = word.TrimEnd('d', 'D', 'a', 'A', 'y', 'Y', 's', 'S');
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out days)
            && (digits.Length == word.Length || word[digits.Length..].ToUpperInvariant() is "D" or "DAY" or "DAYS");
    }
}
