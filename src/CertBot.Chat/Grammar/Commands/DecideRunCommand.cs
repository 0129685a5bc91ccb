namespace CertBot.Chat.Grammar.Commands;

/// <summary>
/// <c>approve &lt;run&gt;</c> / <c>reject &lt;run&gt; [comment]</c>: the text fallback for the approval card's buttons,
/// for clients that cannot render cards. Typing it grants nothing by itself: the engine checks the approval
/// policy exactly as for a click.
/// </summary>
/// <param name="Comment">The rest of the message after the run id, as typed; null when empty.</param>
public sealed record DecideRunCommand(string RunId, RunDecision Decision, string? Comment) : ChatCommand;
