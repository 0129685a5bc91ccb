namespace CertBot.Chat.Grammar.Commands;

/// <summary><c>runs</c>: the recent runs.</summary>
public sealed record ListRunsCommand : ChatCommand;
