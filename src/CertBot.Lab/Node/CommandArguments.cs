namespace CertBot.Lab.Node;

/// <summary>The text typed after a command's words, as a whole and as whitespace-separated words.</summary>
internal sealed record CommandArguments(string Text, IReadOnlyList<string> Words)
{
    public static CommandArguments Parse(string text) =>
        new(text.Trim(), text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>The word at <paramref name="index"/>, or null.</summary>
    public string? At(int index) => index < Words.Count ? Words[index] : null;
}
