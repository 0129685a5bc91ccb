namespace CertBot.Chat.Views;

/// <summary>
/// How much one card shows, whatever the front: Teams refuses a message over about 28 KB and Slack one over 50
/// blocks or 3,000 characters per text, and a purge of a few hundred trust entries is far beyond both. Views show
/// the head of a long list and say how to see all of it (a "Show all" button or <c>show &lt;run&gt;</c>), which
/// posts the rest in pieces of <see cref="PieceCharacters"/>.
/// </summary>
public static class ViewLimits
{
    /// <summary>Lines of one list (steps, decisions, rows) on a card: 40 × <see cref="Line"/> stays far under 28 KB.</summary>
    public const int ListLines = 40;

    /// <summary>Characters of one line of a list.</summary>
    public const int Line = 300;

    /// <summary>Characters of a free text on a card (a gate's title, a reason, a node's last lines).</summary>
    public const int Text = 1500;

    /// <summary>
    /// Characters of one "show all" piece: under Slack's 3,000 per text even after escaping a few characters,
    /// and a small fraction of Teams' 28 KB.
    /// </summary>
    public const int PieceCharacters = 2500;

    private const string Ellipsis = "…";

    /// <summary>The text, or its head and an ellipsis (never half a surrogate pair).</summary>
    public static string Cut(string text, int max = Line)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var head = text[..(max - Ellipsis.Length)];
        return (char.IsHighSurrogate(head[^1]) ? head[..^1] : head) + Ellipsis;
    }

    /// <summary>At most <see cref="ListLines"/> items from <paramref name="start"/> on (moved back so the window is full), and how many are left out.</summary>
    public static (IReadOnlyList<T> Shown, int First, int Hidden) Window<T>(IReadOnlyList<T> items, int start = 0)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count <= ListLines)
        {
            return (items, 0, 0);
        }

        var first = Math.Clamp(start, 0, items.Count - ListLines);
        return ([.. items.Skip(first).Take(ListLines)], first, items.Count - ListLines);
    }

    /// <summary>Lines cut to <see cref="Line"/>, at most <see cref="ListLines"/>, the last saying how many more there are.</summary>
    public static IReadOnlyList<string> Lines(IEnumerable<string> lines, string what)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var all = lines.Select(l => Cut(l)).ToList();
        return all.Count <= ListLines ? all : [.. all.Take(ListLines - 1), $"… and {all.Count - ListLines + 1} more {what}"];
    }
}
