using CertBot.Engine.Runs;

namespace CertBot.Chat.Handling;

/// <summary>Finds the run people mean: a full id, or the first characters of one as the cards show it.</summary>
internal static class RunIds
{
    private const int MinimumPrefix = 4;

    public static async Task<(Guid? Id, string? Problem)> ResolveAsync(RunService runs, string typed, CancellationToken cancellationToken)
    {
        var text = typed.Trim().TrimStart('#');
        if (Guid.TryParse(text, out var full))
        {
            return (full, null);
        }

        var prefix = text.Replace("-", "", StringComparison.Ordinal);
        if (prefix.Length < MinimumPrefix || !prefix.All(Uri.IsHexDigit))
        {
            return (null, $"`{typed}` is not a run id: use the id the cards show (e.g. `1a2b3c4d`). `runs` lists them.");
        }

        var matches = (await runs.ListAsync([], 10_000, cancellationToken))
            .Where(r => r.Id.ToString("N").StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count switch
        {
            1 => (matches[0].Id, null),
            0 => (null, $"No run starts with `{text}`. `runs` lists the recent ones."),
            _ => (null, $"`{text}` matches {matches.Count} runs: type more of the id."),
        };
    }
}
