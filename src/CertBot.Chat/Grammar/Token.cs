namespace CertBot.Chat.Grammar;

/// <summary>One word of a message, with surrounding punctuation removed and the user's spelling kept.</summary>
/// <param name="End">Where the word ends in the message, so free text after it (a comment) is kept as typed.</param>
internal readonly record struct Token(string Text, int End)
{
    public bool Is(string word) => string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);

    public bool IsAny(IReadOnlySet<string> words) => words.Contains(Text);

    public override string ToString() => Text;
}
