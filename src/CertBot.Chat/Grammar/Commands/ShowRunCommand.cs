namespace CertBot.Chat.Grammar.Commands;

/// <summary><c>show &lt;run&gt;</c>: every step of a run with its outcome and the whole journal, posted in pieces.</summary>
/// <param name="RunId">The run id as typed (without a leading <c>#</c>).</param>
public sealed record ShowRunCommand(string RunId) : ChatCommand;
