using System.Text.RegularExpressions;

namespace CertBot.Cisco.Sessions;

/// <summary>
/// One entry of a command's allow-list: when the node asks something matching <see cref="Prompt"/>, send
/// <see cref="Answer"/>. A question no entry matches fails the command instead of being answered.
/// </summary>
/// <param name="Answer">Sent line by line, each followed by Enter (a pasted PEM is several lines).</param>
/// <param name="IsSecret">The answer is scrubbed from captured output and never logged.</param>
/// <param name="Repeatable">May answer more than once (otherwise each entry answers one question).</param>
public sealed record PromptReply(Regex Prompt, string Answer, bool IsSecret = false, bool Repeatable = false)
{
    public static PromptReply For(string pattern, string answer, bool isSecret = false, bool repeatable = false) =>
        new(new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), answer, isSecret, repeatable);

    /// <summary>Prevents a secret answer from reaching a log through record formatting.</summary>
    public override string ToString() => $"{Prompt} -> {(IsSecret ? "********" : Answer)}";
}
