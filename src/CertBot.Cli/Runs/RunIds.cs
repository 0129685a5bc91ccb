using CertBot.Engine.Storage;

namespace CertBot.Cli.Runs;

/// <summary>
/// A run as typed: its full id, or the first characters of it as <c>certbot runs</c> prints them (at least
/// four, and only one run may start with them).
/// </summary>
public static class RunIds
{
    public const int ShortLength = 8;

    public static string ShortId(Guid id) => id.ToString("D")[..ShortLength];

    /// <returns>The id, or null with the error saying why.</returns>
    public static async Task<(Guid? Id, string? Error)> ResolveAsync(IRunStore store, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(text);
        if (Guid.TryParse(text, out var id))
        {
            return (id, null);
        }

        var prefix = text.Trim().ToLowerInvariant();
        if (prefix.Length < 4 || !prefix.All(c => char.IsAsciiHexDigit(c) || c == '-'))
        {
            return (null, $"'{text}' is not a run id: give the id (or its first 8 characters) as certbot runs lists it");
        }

        var matches = (await store.ListAsync([], int.MaxValue, cancellationToken))
            .Where(r => r.Id.ToString("D").StartsWith(prefix, StringComparison.Ordinal)).ToList();
        return matches.Count switch
        {
            1 => (matches[0].Id, null),
            0 => (null, $"no run {text}; certbot runs lists the runs"),
            _ => (null, $"'{text}' starts {matches.Count} run ids ({string.Join(", ", matches.Select(m => ShortId(m.Id)))}): type more of it"),
        };
    }
}
