namespace CertBot.Chat.Grammar;

/// <summary>
/// How much of what someone typed is echoed or kept: a refusal quotes a word, not a pasted megabyte, and a decision's
/// comment goes to the journal and every card that shows the decision, so it is capped before it is stored.
/// </summary>
public static class InputLimits
{
    /// <summary>Longest word quoted back in a refusal; longer words are cut with an ellipsis.</summary>
    public const int EchoedWord = 40;

    /// <summary>Longest comment kept with an approval, rejection or other decision.</summary>
    public const int Comment = 500;

    /// <summary>The word as a refusal may quote it.</summary>
    public static string Echo(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length <= EchoedWord ? word : string.Concat(word.AsSpan(0, EchoedWord), "…");
    }

    /// <summary>The comment as it may be stored (trimmed, cut to <see cref="Comment"/> characters), or null when empty.</summary>
    public static string? CapComment(string? comment)
    {
        var trimmed = comment?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length <= Comment ? trimmed : string.Concat(trimmed.AsSpan(0, Comment), "…");
    }
}
