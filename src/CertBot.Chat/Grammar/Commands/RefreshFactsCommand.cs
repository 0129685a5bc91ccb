namespace CertBot.Chat.Grammar.Commands;

/// <summary><c>refresh &lt;cluster&gt;</c>: read the cluster's facts again now, then show its certificates from them.</summary>
public sealed record RefreshFactsCommand(string Cluster) : ChatCommand;
