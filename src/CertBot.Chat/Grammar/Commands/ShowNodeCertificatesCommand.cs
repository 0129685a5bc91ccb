namespace CertBot.Chat.Grammar.Commands;

/// <summary>
/// <c>show all for &lt;node&gt;</c>, <c>certs &lt;cluster&gt; &lt;node&gt;</c>: every certificate of one node, identity and
/// trust (read-only). The node is a configured one, its cluster settled by the grammar.
/// </summary>
/// <param name="ExpiringWithinDays">What "expiring" marks on the answer; null for the configured threshold.</param>
public sealed record ShowNodeCertificatesCommand(string Cluster, string Node, int? ExpiringWithinDays = null) : ChatCommand;
