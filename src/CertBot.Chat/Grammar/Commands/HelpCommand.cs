namespace CertBot.Chat.Grammar.Commands;

/// <summary><c>help</c>: the list of commands with their usage lines.</summary>
public sealed record HelpCommand : ChatCommand;
