using System.Collections.Concurrent;

namespace CertBot.Chat;

/// <summary>
/// Display names of the principals the bot has heard from, so messages say "Alan" rather than
/// <c>aad:2222…</c>. Only for reading; the engine decides on principals, never on names.
/// </summary>
public sealed class People
{
    private readonly ConcurrentDictionary<string, string> names = new(StringComparer.OrdinalIgnoreCase);

    public void Remember(string principal, string? displayName)
    {
        if (!string.IsNullOrWhiteSpace(principal) && !string.IsNullOrWhiteSpace(displayName))
        {
            names[principal] = displayName.Trim();
        }
    }

    /// <summary>The name, or the principal itself when the bot never heard from that person.</summary>
    public string NameOf(string? principal) =>
        principal is null ? "nobody" : names.TryGetValue(principal, out var name) ? name : principal;

    /// <summary>Replaces every known principal in an engine message with the person's name.</summary>
    public string Humanize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (principal, name) in names)
        {
            text = text.Replace(principal, name, StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }
}
