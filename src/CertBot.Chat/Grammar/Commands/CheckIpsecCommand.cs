namespace CertBot.Chat.Grammar.Commands;

/// <summary><c>check ipsec &lt;cluster&gt;</c>: compares the publisher's ipsec.pem with every node's ipsec-trust (read-only).</summary>
public sealed record CheckIpsecCommand(string Cluster) : ChatCommand;
