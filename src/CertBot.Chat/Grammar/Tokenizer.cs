namespace CertBot.Chat.Grammar;

/// <summary>Splits a message into words. Chat clients add punctuation and quotes around commands; they carry no meaning here.</summary>
internal static class Tokenizer
{
    // Hyphens, dots inside words, '#', '&' and '/' stay: cluster names (lab-east), file names (tomcat.pem),
    // run ids (#42) and product spellings (im&p, im/p) use them.
    private static readonly char[] EdgePunctuation = ['.', ',', '!', '?', ';', ':', '"', '\'', '`', '(', ')', '[', ']', '{', '}', '<', '>', '*', '_', '\u201C', '\u201D', '\u2018', '\u2019'];

    public static IReadOnlyList<Token> Split(string text)
    {
        var tokens = new List<Token>();
        var position = 0;
        while (position < text.Length)
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            var start = position;
            while (position < text.Length && !char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            var part = text[start..position];
            var word = part.Trim(EdgePunctuation);
            if (word.Length > 0)
            {
                tokens.Add(new Token(word, position));
            }
            else if (part == "?")
            {
                // A lone question mark is how many people ask for help.
                tokens.Add(new Token("?", position));
            }
        }

        return tokens;
    }
}
