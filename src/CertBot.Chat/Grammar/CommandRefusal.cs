namespace CertBot.Chat.Grammar;

/// <summary>
/// The grammar's answer to a message it could not turn into a command: never silence, never an exception.
/// </summary>
/// <param name="Reason">One sentence on what was wrong ("I don't know the word 'tomcta'.").</param>
/// <param name="Suggestion">The whole command as the grammar guesses it was meant, or null when no guess is close.</param>
/// <param name="Usage">The usage line of the command the user was attempting, or the summary of all commands.</param>
public sealed record CommandRefusal(string Reason, string? Suggestion, string Usage)
{
    /// <summary>The text to post in the thread (Markdown: Teams and Slack both render the back-ticks).</summary>
    public string Text => Suggestion is null
        ? $"{Reason}\nUsage: {Usage}"
        : $"{Reason} Did you mean `{Suggestion}`?\nUsage: {Usage}";
}
