using System.Text.RegularExpressions;

namespace CertBot.Cisco.Sessions;

/// <summary>
/// One entry of a command's allow-list: when the node waits on a line that <see cref="Prompt"/> matches as a
/// whole, send <see cref="Answer"/>. A question no entry matches fails the command instead of being answered.
/// </summary>
/// <param name="Prompt">Matched against the whole line the node waits on (trimmed), never against part of it:
/// a keyword inside an informational line must not receive an answer (least of all a password).</param>
/// <param name="Answer">Sent line by line, each followed by Enter (a pasted PEM is several lines).</param>
/// <param name="IsSecret">The answer is scrubbed from captured output and never logged.</param>
/// <param name="Repeatable">May answer more than once (otherwise each entry answers one question).</param>
public sealed record PromptReply(Regex Prompt, string Answer, bool IsSecret = false, bool Repeatable = false)
{
    private readonly Regex _whole = new($"^(?:{Prompt})$", Prompt.Options, TimeSpan.FromSeconds(1));

    public static PromptReply For(string pattern, string answer, bool isSecret = false, bool repeatable = false) =>
        new(new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), answer, isSecret, repeatable);

    /// <summary>True when the whole (trimmed) line is this entry's prompt.</summary>
    public bool Answers(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.Trim();
        return trimmed.Length > 0 && _whole.IsMatch(trimmed);
    }

    /// <summary>Prevents a secret answer from reaching a log through record formatting.</summary>
    public override string ToString() => $"{Prompt} -> {(IsSecret ? "********" : Answer)}";
}
