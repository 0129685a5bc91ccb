using CertBot.Chat.Views;
using CertBot.Teams.Cards;

namespace CertBot.Teams.Rendering;

/// <summary>A run that needs a decision: the step, why, the node's last lines; Retry / Skip / Abort until decided.</summary>
internal static class FailureCard
{
    public static AdaptiveCard Render(FailureView failure)
    {
        var body = new List<CardElement>
        {
            CardParts.Heading(failure.Heading),
            new TextBlock(failure.Title) { Weight = TextWeight.Bolder },
            new FactSet(
            [
                new Fact("Step", $"{failure.StepNumber}. {failure.StepTitle}"),
                new Fact("Node", failure.Node ?? "cluster-wide"),
                new Fact("Why", failure.Reason),
            ]),
        };
        if (failure.OutputTail is { Length: > 0 } tail)
        {
            body.Add(new Container([new TextBlock(tail) { FontType = FontType.Monospace, Size = TextSize.Small }]) { Style = ContainerStyle.Emphasis });
        }

        if (failure.Resolution is { } resolution)
        {
            body.Add(CardParts.Note(resolution, TextColor.Accent) with { Separator = true });
            body.Add(CardParts.ZoneNote());
        }
        else
        {
            body.Add(CardParts.Subtle("Retry runs the step again; Skip (an approver) goes on without it; Abort ends the run as failed."));
        }

        return new AdaptiveCard { Body = body, Actions = CardParts.Buttons(failure.Actions), FallbackText = failure.Summary };
    }
}
