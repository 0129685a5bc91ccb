namespace CertBot.Chat.Grammar.Commands;

/// <summary><c>status [&lt;run&gt;]</c>: one run's state, or the active runs when no run is named.</summary>
/// <param name="RunId">The run id as typed (without a leading <c>#</c>); null when none was given.</param>
public sealed record RunStatusCommand(string? RunId) : ChatCommand;
