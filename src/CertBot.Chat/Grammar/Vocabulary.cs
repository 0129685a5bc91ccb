namespace CertBot.Chat.Grammar;

/// <summary>The words that carry no meaning of their own in a command, so people can phrase it naturally.</summary>
internal static class Vocabulary
{
    /// <summary>Words that may come before the command word ("please can you show me the runs").</summary>
    public static readonly IReadOnlySet<string> Preamble = Set(
        "please", "pls", "plz", "can", "could", "would", "will", "you", "hey", "hi", "hello", "certbot", "bot",
        "kindly", "i", "we", "want", "need", "to", "lets", "let's", "go", "show", "list", "get", "display", "give",
        "me", "us", "the", "all", "do", "a", "tell", "about", "what", "are", "is");

    /// <summary>Words ignored among a command's arguments.</summary>
    public static readonly IReadOnlySet<string> Filler = Set(
        "the", "a", "an", "please", "pls", "plz", "now", "thanks", "thank", "thx", "you", "kindly", "for", "me", "us",
        "my", "our", "its", "of", "on", "at", "cluster", "cert", "certs", "certificate", "certificates", "run", "id",
        "number", "and", "all", "again", "asap", "today", "it");

    public static IReadOnlySet<string> Set(params string[] words) =>
        new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
}
