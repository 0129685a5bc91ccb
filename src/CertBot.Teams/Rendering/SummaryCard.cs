using CertBot.Chat.Views;
using CertBot.Teams.Cards;

namespace CertBot.Teams.Rendering;

/// <summary>The final summary of a run: how it ended, the counts, the time, who asked and who decided.</summary>
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
                new Fact("Took", TimeWords.Duration(summary.Duration)),
                new Fact("Requested by", summary.RequestedBy),
            ]),
        };
        if (summary.Attention is not null)
        {
            body.Add(new TextBlock(summary.Attention));
        }

        if (summary.Decisions.Count > 0)
        {
            body.Add(new TextBlock("Decisions") { Weight = TextWeight.Bolder, Separator = true });
            body.Add(CardParts.Bullets(summary.Decisions));
        }

        if (summary.More is { } more)
        {
            body.Add(CardParts.Subtle(more));
        }

        if (summary.Undo.Count > 0)
        {
            body.Add(new Container([CardParts.Note("Left half-done: undo this", TextColor.Attention), CardParts.Bullets(summary.Undo)]) { Style = ContainerStyle.Warning });
        }

        return new AdaptiveCard { Body = body, Actions = CardParts.Buttons(summary.Actions), FallbackText = summary.Summary };
    }
}
