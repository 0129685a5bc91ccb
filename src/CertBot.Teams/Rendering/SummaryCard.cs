using CertBot.Chat.Views;
using CertBot.Teams.Cards;

namespace CertBot.Teams.Rendering;

/// <summary>
/// The final card of a run, the thread's maintenance record: how it ended, who asked and who decided when, how
/// long it took, what changed on each node, what it left half-done and what is left for people.
/// </summary>
internal static class SummaryCard
{
    public static AdaptiveCard Render(SummaryView summary)
    {
        var color = summary.State switch
        {
            RunDisplayState.Succeeded => TextColor.Good,
            RunDisplayState.Cancelled => TextColor.Warning,
            _ => TextColor.Attention,
        };
        var body = new List<CardElement>
        {
            CardParts.Heading(summary.Title),
            CardParts.Note(summary.State.Words(), color),
            new FactSet(
            [
                new Fact("Steps", $"{summary.Succeeded} done, {summary.Skipped} skipped, {summary.Failed} failed of {summary.Total}"),
                new Fact("Requested by", $"{summary.RequestedBy} at {TimeWords.At(summary.RequestedAt)}"),
                new Fact("Ended", TimeWords.At(summary.EndedAt)),
                new Fact("Took", TimeWords.Duration(summary.Duration)),
            ]),
        };
        if (summary.Attention is not null)
        {
            body.Add(new TextBlock(summary.Attention));
        }

        if (summary.Decisions.Count > 0)
        {
            body.Add(Section("Decisions"));
            body.Add(CardParts.Bullets(summary.Decisions));
        }

        if (summary.Nodes.Count > 0)
        {
            body.Add(Section("What changed"));
            foreach (var node in summary.Nodes)
            {
                body.Add(new TextBlock(node.Node) { Weight = TextWeight.Bolder });
                body.Add(CardParts.Bullets(node.Lines) with { Spacing = Spacing.None });
            }
        }

        if (summary.More is { } more)
        {
            body.Add(CardParts.Subtle(more));
        }

        if (summary.Undo.Count > 0)
        {
            body.Add(new Container([CardParts.Note("Left half-done: undo this", TextColor.Attention), CardParts.Bullets(summary.Undo)]) { Style = ContainerStyle.Warning });
        }

        if (summary.FollowUps.Count > 0)
        {
            body.Add(new Container([CardParts.Note("Left for people", TextColor.Accent), CardParts.Bullets(summary.FollowUps)]) { Style = ContainerStyle.Emphasis });
        }

        body.Add(CardParts.ZoneNote());
        return new AdaptiveCard { Body = body, Actions = CardParts.Buttons(summary.Actions), FallbackText = summary.Summary, MsTeams = TeamsCardSettings.FullWidth };
    }

    private static TextBlock Section(string title) => new(title) { Weight = TextWeight.Bolder, Separator = true };
}
