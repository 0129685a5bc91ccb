namespace CertBot.Chat.Grammar.Commands;

/// <summary><c>watch &lt;cluster&gt; here</c>: warn in this channel before the cluster's certificates expire.</summary>
public sealed record WatchCommand(string Cluster) : ChatCommand;
