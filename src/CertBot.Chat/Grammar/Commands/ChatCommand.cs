namespace CertBot.Chat.Grammar.Commands;

/// <summary>
/// A command the chat grammar understood. Platform-neutral: Teams and Slack both hand their text to the
/// same <see cref="CommandParser"/> and act on these records. Cluster names in a command are always the
/// configured spelling, never the user's.
/// </summary>
public abstract record ChatCommand;
