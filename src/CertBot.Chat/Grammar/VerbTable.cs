namespace CertBot.Chat.Grammar;

/// <summary>The words that start a command, synonyms included ("regen", "reissue", "abort").</summary>
internal static class VerbTable
{
    /// <summary>A word that starts a command.</summary>
    /// <param name="Canonical">The spelling a did-you-mean offers for it.</param>
    /// <param name="IsArgument">The word also carries meaning for the arguments ("expired certs", "ipsec check").</param>
    public sealed record Entry(CommandVerb Verb, string Canonical, bool IsArgument);

    private static readonly Dictionary<string, Entry> Words = Build();

    public static Entry? Find(string word) => Words.GetValueOrDefault(word);

    /// <summary>Every word a did-you-mean may match against, with the canonical spelling it offers.</summary>
    public static IEnumerable<KeyValuePair<string, Entry>> All => Words;

    private static Dictionary<string, Entry> Build()
    {
        var words = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
        void Add(CommandVerb verb, string canonical, bool isArgument, params string[] spellings)
        {
            foreach (var spelling in spellings.Prepend(canonical))
            {
                words[spelling] = new Entry(verb, canonical, isArgument);
            }
        }

        Add(CommandVerb.Help, "help", false, "?", "usage", "commands", "command");
        Add(CommandVerb.Clusters, "clusters", false);
        Add(CommandVerb.Certs, "certs", false, "cert", "certificates", "certificate", "inventory");
        Add(CommandVerb.Certs, "expiring", true, "expired", "expires", "expiry");
        Add(CommandVerb.Check, "check", false, "verify", "validate", "test");
        Add(CommandVerb.CheckIpsec, "ipsec", true);
        Add(CommandVerb.Regenerate, "regenerate", false, "regen", "rotate", "recreate", "reissue", "regenerating");
        Add(CommandVerb.Renew, "renew", false, "renewal");
        Add(CommandVerb.Provide, "provide", false);
        Add(CommandVerb.PurgeExpiredTrust, "purge", false, "delete", "remove", "clean", "cleanup", "clear", "prune");
        Add(CommandVerb.Exchange, "exchange", false, "swap", "bulk");
        Add(CommandVerb.Status, "status", false, "state", "progress");
        Add(CommandVerb.Show, "show", false, "details", "journal", "steps");
        Add(CommandVerb.Runs, "runs", false, "history", "jobs");
        Add(CommandVerb.Cancel, "cancel", false, "abort", "stop");
        Add(CommandVerb.Approve, "approve", false, "approved", "accept");
        Add(CommandVerb.Reject, "reject", false, "rejected", "deny", "decline", "refuse");
        Add(CommandVerb.Watch, "watch", false, "monitor", "alert");
        Add(CommandVerb.Refresh, "refresh", false, "reread", "reload", "rescan");
        return words;
    }
}
