namespace CertBot.Chat.Grammar.Commands;

/// <summary><c>clusters</c>: the configured clusters and their nodes.</summary>
public sealed record ListClustersCommand : ChatCommand;
