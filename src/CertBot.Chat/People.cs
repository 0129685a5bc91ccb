using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace CertBot.Chat;

/// <summary>
/// Display names of the principals the bot has heard from, so messages say "Alan" rather than
/// <c>aad:2222…</c>. Only for reading; the engine decides on principals, never on names.
/// </summary>
public sealed partial class People
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

    /// <summary>
    /// Replaces every known principal in an engine message with the person's name, whole principals only:
    /// <c>slack:U1</c> must not rewrite the start of <c>slack:U12</c>, which is somebody else.
    /// </summary>
    public string Humanize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PrincipalToken().Replace(text, m => names.TryGetValue(m.Value, out var name) ? name : m.Value);
    }

    /// <summary>A namespaced principal as the engine writes it (<c>aad:…</c>, <c>slack:…</c>, <c>cli:…</c>); a trailing full stop ends it.</summary>
    [GeneratedRegex(@"(?<![\w:.@-])[a-z]+:[\w@-]+(?:\.[\w@-]+)*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PrincipalToken();
}
