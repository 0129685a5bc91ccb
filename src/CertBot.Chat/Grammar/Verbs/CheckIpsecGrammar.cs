using CertBot.Chat.Grammar.Commands;

namespace CertBot.Chat.Grammar.Verbs;

/// <summary><c>check ipsec &lt;cluster&gt;</c>: "verify the ipsec trust on lab-east", "ipsec check lab-east".</summary>
internal static class CheckIpsecGrammar
{
    private static readonly IReadOnlySet<string> Allowed = Vocabulary.Set(
        "ipsec", "trust", "check", "verify", "validate", "test", "ipsec-trust", "in", "stores", "store", "serials", "serial");

    public static ParseResult Parse(ParseScope scope) =>
        OneClusterGrammar.Parse(scope, Allowed, "check ipsec {cluster}", cluster => new CheckIpsecCommand(cluster), ["ipsec"]);
}
