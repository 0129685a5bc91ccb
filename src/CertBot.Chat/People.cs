using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CertBot.Engine.Runs;

namespace CertBot.Chat;

/// <summary>
/// Names of principals for messages, so they say "Alan" rather than <c>aad:2222…</c>: the configured person
/// (<see cref="PersonDirectory"/>, the same in every namespace) first, else the display name the platform gave
/// when the bot last heard from them. Only for reading; the engine decides on principals, never on names.
/// </summary>
public sealed partial class People(PersonDirectory? directory = null)
{
    private readonly ConcurrentDictionary<string, string> names = new(StringComparer.OrdinalIgnoreCase);

    public void Remember(string principal, string? displayName)
    {
        if (!string.IsNullOrWhiteSpace(principal) && !string.IsNullOrWhiteSpace(displayName))
        {
            names[principal] = displayName.Trim();
        }
    }

    /// <summary>The person's name, or the principal itself when nobody configured or heard from that person.</summary>
    public string NameOf(string? principal) => principal is null ? "nobody" : Known(principal) ?? principal;

    /// <summary>
    /// Replaces every known principal in an engine message with the person's name, whole principals only:
    /// <c>slack:U1</c> must not rewrite the start of <c>slack:U12</c>, which is somebody else. Where the engine
    /// already named the person (<c>Alan (slack:U1)</c>), the principal in brackets is dropped.
    /// </summary>
    public string Humanize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PrincipalToken().Replace(text, m =>
        {
            if (Known(m.Groups["principal"].Value) is not { } name)
            {
                return m.Value;
            }

            var bracketed = m.Groups["open"].Success && m.Groups["close"].Success;
            return bracketed && text.AsSpan(0, m.Index).EndsWith(name, StringComparison.Ordinal) ? ""
                : (m.Groups["open"].Success ? " (" : "") + name + (m.Groups["close"].Success ? ")" : "");
        });
    }

    private string? Known(string principal) =>
        directory is not null && Principal.TryParse(principal, out var who) && directory.PersonOf(who) is { } person ? person.Name
        : names.TryGetValue(principal, out var name) ? name
        : null;

    /// <summary>A namespaced principal as the engine writes it (<c>aad:…</c>, <c>slack:…</c>, <c>cli:…</c>), perhaps in brackets; a trailing full stop ends it.</summary>
    [GeneratedRegex(@"(?<open> \()?(?<![\w:.@-])(?<principal>[a-z]+:[\w@-]+(?:\.[\w@-]+)*)(?<close>\))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PrincipalToken();
}
