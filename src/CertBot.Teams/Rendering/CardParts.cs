using CertBot.Chat.Views;
using CertBot.Teams.Cards;

namespace CertBot.Teams.Rendering;

/// <summary>The building blocks every CertBot card shares: heading, notes, buttons, durations.</summary>
internal static class CardParts
{
    public static TextBlock Heading(string text) => new(text) { Style = TextBlockStyle.Heading, Weight = TextWeight.Bolder, Size = TextSize.Medium };

    public static TextBlock Subtle(string text) => new(text) { IsSubtle = true, Spacing = Spacing.None };

    public static TextBlock Note(string text, TextColor color) => new(text) { Color = color, Weight = TextWeight.Bolder };

    /// <summary>Bulleted lines as one Markdown text block (one block keeps the card small).</summary>
    public static TextBlock Bullets(IEnumerable<string> lines) => new(string.Join("\n", lines.Select(l => "- " + l)));

    /// <summary>What the approver must read first: one bold line each, in a warning-coloured box above the facts.</summary>
    public static Container Warnings(IEnumerable<string> lines) =>
        new([.. lines.Select(l => Note("⚠ " + l, TextColor.Warning))]) { Style = ContainerStyle.Warning };

    /// <summary>Each view button as <c>Action.Execute</c> with its <c>Action.Submit</c> fallback: both click paths carry the verb.</summary>
    public static IReadOnlyList<CardAction>? Buttons(IReadOnlyList<ViewAction> actions) =>
        actions.Count == 0 ? null : actions.Select(a => (CardAction)CardActions.Execute(a.Title, a.Verb, a.Data)).ToList();

    /// <summary>The zone of the card's times, said once at its foot (<see cref="TimeWords"/>).</summary>
    public static TextBlock ZoneNote() => new(TimeWords.ZoneNote) { IsSubtle = true, Size = TextSize.Small };

    /// <summary>A bar of two coloured segments, done against all; weights must be positive, so an empty side is left out.</summary>
    public static ColumnSet Bar(int done, int total)
    {
        var columns = new List<Column>();
        if (done > 0)
        {
            columns.Add(new Column([]) { Width = ColumnWidth.Weight(done), Style = ContainerStyle.Good, MinHeight = "8px" });
        }

        if (total - done > 0)
        {
            columns.Add(new Column([]) { Width = ColumnWidth.Weight(total - done), Style = ContainerStyle.Emphasis, MinHeight = "8px", Spacing = Spacing.None });
        }

        return new ColumnSet(columns) { Spacing = Spacing.Small };
    }
}
