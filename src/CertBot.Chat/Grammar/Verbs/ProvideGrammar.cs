using CertBot.Chat.Grammar.Commands;

namespace CertBot.Chat.Grammar.Verbs;

/// <summary>
/// <c>certificate &lt;run&gt;</c> followed by the PEM blocks of the CA's answer (or with the answer attached as a file):
/// "@CertBot certificate 1a2b3c4d -----BEGIN CERTIFICATE----- …". "certificate" also lists certificates
/// (<c>certificates lab-east</c>): it means the answer when a PEM block or a run id follows it.
/// </summary>
internal static class ProvideGrammar
{
    private const string PemStart = "-----BEGIN";

    private static readonly IReadOnlySet<string> Ignored = Vocabulary.Set("signed", "for", "of", "to", "is", "here", "here's", "heres", "this");

    /// <summary>Does a message that starts with "certificate" hold the CA's answer rather than ask for a list?</summary>
    public static bool Claims(ParseScope scope)
    {
        if (scope.Text.Contains(PemStart, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var first = scope.Arguments.FirstOrDefault(a => !a.Token.IsAny(Vocabulary.Filler) && !a.Token.IsAny(Ignored));
        return first.Token.Text is { } word && scope.Clusters.Resolve(word) is null && LooksLikeRunId(word.TrimStart('#'));
    }

    public static ParseResult Parse(ParseScope scope)
    {
        var pemAt = scope.Text.IndexOf(PemStart, StringComparison.OrdinalIgnoreCase);
        int? runIndex = null;
        string? runId = null;
        foreach (var (index, token) in scope.Arguments)
        {
            if (pemAt >= 0 && token.End > pemAt)
            {
                break;
            }

            if (token.IsAny(Vocabulary.Filler) || token.IsAny(Ignored))
            {
                continue;
            }

            if (!LooksLikeRunId(token.Text.TrimStart('#')))
            {
                return scope.Refuse($"'{InputLimits.Echo(token.Text)}' does not look like a run id: the CA's answer goes after `certificate <run>`.");
            }

            (runIndex, runId) = (index, token.Text.TrimStart('#'));
            break;
        }

        var answer = pemAt >= 0 ? scope.Text[pemAt..].Trim() : runIndex is { } i ? scope.TextAfter(i) : null;
        return ParseResult.Of(new ProvideCertificateCommand(runId, string.IsNullOrWhiteSpace(answer) ? null : answer));
    }

    /// <summary>A run id as cards print it (eight hex digits) or in full (a GUID); a number alone is a day count, not a run.</summary>
    private static bool LooksLikeRunId(string word) =>
        word.Length is >= 4 and <= 36 && word.All(c => char.IsAsciiHexDigit(c) || c == '-') && word.Any(char.IsAsciiDigit) && word.Any(char.IsAsciiLetter);
}
