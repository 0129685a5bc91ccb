using CertBot.Engine.Storage;

namespace CertBot.Engine.Runs;

/// <summary>
/// The run people mean, for every front: a full id, or its first characters as the cards and
/// <c>certbot runs</c> show them (<see cref="ShortId"/>); at least <see cref="MinimumPrefix"/> hex digits,
/// dashes and a leading <c>#</c> ignored, and only one run may start with them.
/// </summary>
public static class RunIds
{
    public const int MinimumPrefix = 4;

    public const int ShortLength = 8;

    /// <summary>How many runs an ambiguous prefix lists at most.</summary>
    public const int MaximumMatches = 10;

    /// <summary>The id as the cards and the command line print it: its first eight hex digits.</summary>
    public static string ShortId(Guid id) => id.ToString("N")[..ShortLength];

    public static async Task<RunIdLookup> FindAsync(IRunStore store, string typed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(typed);
        var text = typed.Trim().TrimStart('#');
        if (Guid.TryParse(text, out var full))
        {
            return new RunIdLookup(full, RunIdProblem.None, [full]) { Text = text };
        }

        var prefix = text.Replace("-", "", StringComparison.Ordinal);
        if (prefix.Length < MinimumPrefix || !prefix.All(char.IsAsciiHexDigit))
        {
            return new RunIdLookup(null, RunIdProblem.NotAnId, []) { Text = text };
        }

        var matches = await store.IdsStartingWithAsync(prefix.ToLowerInvariant(), MaximumMatches, cancellationToken);
        return matches.Count switch
        {
            1 => new RunIdLookup(matches[0], RunIdProblem.None, matches) { Text = text },
            0 => new RunIdLookup(null, RunIdProblem.NoMatch, matches) { Text = text },
            _ => new RunIdLookup(null, RunIdProblem.Ambiguous, matches) { Text = text },
        };
    }
}
