namespace CertBot.Chat.Grammar.Commands;

/// <summary><c>cancel &lt;run&gt;</c>: asks the engine to cancel a run (the engine decides whether it may).</summary>
public sealed record CancelRunCommand(string RunId) : ChatCommand;
