namespace CertBot.Chat.Views;

/// <summary>
/// A long list as several plain answers, each within <see cref="ViewLimits.PieceCharacters"/>: what a "Show all"
/// posts in the thread. Lines are never split between pieces (a line longer than a piece is cut).
/// </summary>
public static class TextPieces
{
    public static IReadOnlyList<TextView> Of(string heading, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(heading);
        ArgumentNullException.ThrowIfNull(lines);
        heading = ViewLimits.Cut(heading, ViewLimits.Line);
        // Room for the heading and its "(part 12 of 34)".
        var room = ViewLimits.PieceCharacters - heading.Length - 24;
        var pieces = new List<List<string>> { new() };
        var used = 0;
        foreach (var line in lines.Select(l => ViewLimits.Cut(l, room)))
        {
            if (used + line.Length + 1 > room && pieces[^1].Count > 0)
            {
                pieces.Add([]);
                used = 0;
            }

            pieces[^1].Add(line);
            used += line.Length + 1;
        }

        return [.. pieces.Select((p, i) => new TextView(
            $"**{heading}**" + (pieces.Count > 1 ? $" (part {i + 1} of {pieces.Count})" : "") + "\n" + (p.Count == 0 ? "nothing to list" : string.Join("\n", p))))];
    }
}
