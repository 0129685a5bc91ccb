using CertBot.Chat.Grammar.Commands;

namespace CertBot.Chat.Grammar.Verbs;

/// <summary><c>refresh &lt;cluster&gt;</c>: "refresh lab-east", "reread the facts of lab-east", "refresh certs on lab-east".</summary>
internal static class RefreshGrammar
{
    private static readonly IReadOnlySet<string> Allowed = Vocabulary.Set(
        "refresh", "reread", "reload", "rescan", "facts", "cache", "inventory", "certs", "certificates", "now", "cluster", "nodes");

    public static ParseResult Parse(ParseScope scope) =>
        OneClusterGrammar.Parse(scope, Allowed, "refresh {cluster}", cluster => new RefreshFactsCommand(cluster), []);
}
