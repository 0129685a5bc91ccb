namespace CertBot.Engine.Procedures;

/// <summary>
/// Optimal-string-alignment distance (Levenshtein plus adjacent transposition), case-insensitive: typing
/// "tomcta" or "lab-esat" is one slip, not two. The engine keeps it because both grammars (chat and command
/// line) answer typos with "did you mean", and the engine is what both depend on.
/// </summary>
public static class EditDistance
{
    public static int Between(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var rows = a.Length + 1;
        var cols = b.Length + 1;
        var d = new int[rows, cols];
        for (var i = 0; i < rows; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j < cols; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i < rows; i++)
        {
            for (var j = 1; j < cols; j++)
            {
                var cost = Same(a[i - 1], b[j - 1]) ? 0 : 1;
                var best = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && Same(a[i - 1], b[j - 2]) && Same(a[i - 2], b[j - 1]))
                {
                    best = Math.Min(best, d[i - 2, j - 2] + 1);
                }

                d[i, j] = best;
            }
        }

        return d[rows - 1, cols - 1];
    }

    /// <summary>How many slips a word of this length may carry and still count as "meant": 1 for short words, up to 3.</summary>
    public static int Tolerance(int length) => length switch
    {
        <= 4 => 1,
        <= 8 => 2,
        _ => MaxTolerance,
    };

    private const int MaxTolerance = 3;

    /// <summary>The candidate closest to <paramref name="word"/> within tolerance; the earlier candidate wins a tie.</summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(candidates);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            // Lengths further apart than the largest tolerance can never match: skipping them keeps a pasted
            // megabyte "word" from allocating a word-by-candidate matrix per verb.
            if (Math.Abs(word.Length - candidate.Length) > MaxTolerance)
            {
                continue;
            }

            var distance = Between(word, candidate);
            if (distance < bestDistance && distance <= Tolerance(Math.Max(word.Length, candidate.Length)))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static bool Same(char x, char y) => char.ToUpperInvariant(x) == char.ToUpperInvariant(y);
}
