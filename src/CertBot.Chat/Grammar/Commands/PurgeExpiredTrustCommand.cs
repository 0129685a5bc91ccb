namespace CertBot.Chat.Grammar.Commands;

/// <summary><c>purge expired trust on &lt;cluster&gt;</c>: plans the deletion of expired trust certificates.</summary>
public sealed record PurgeExpiredTrustCommand(string Cluster) : ChatCommand;
