using CertBot.Chat.Views;
using CertBot.Teams.Cards;

namespace CertBot.Teams.Rendering;

/// <summary>The progress card, one per run, updated in place: a bar, then every step with its mark, node and time.</summary>
internal static class ProgressCard
{
    public static AdaptiveCard Render(ProgressView progress)
    {
        var body = new List<CardElement>
        {
            CardParts.Heading(progress.Title),
            new TextBlock($"**{progress.State.Words()}** · {progress.Done}/{progress.Total} steps · {TimeWords.Duration(progress.Elapsed)}")
            {
                Color = StateColor(progress.State),
            },
            CardParts.Bar(progress.Done, progress.Total),
        };
        if (progress.Attention is not null)
        {
            body.Add(CardParts.Note(progress.Attention, progress.State.NeedsAttention() ? TextColor.Attention : TextColor.Accent));
        }

        // A blank line between steps: card markdown joins single line breaks into one paragraph, and these lines
        // start with a mark, not a list number, so they would run together.
        body.Add(new TextBlock(string.Join("\n\n", progress.Steps.Select(Line))) { Separator = true });
        if (progress.More is { } more)
        {
            body.Add(CardParts.Subtle("… " + more));
        }
        return new AdaptiveCard { Body = body, FallbackText = progress.Summary, MsTeams = TeamsCardSettings.FullWidth };
    }

    private static string Line(ProgressStepLine step) =>
        $"{step.Mark} {step.Number}. {step.Title}"
        + (step.Status == StepDisplayState.Running ? " — running" : "")
        + (step.Elapsed is { } elapsed ? $" · {TimeWords.Duration(elapsed)}" : "")
        + (step.Status is StepDisplayState.Failed && step.Detail is not null ? $" — {step.Detail}" : "");

    private static TextColor StateColor(RunDisplayState state) => state switch
    {
        RunDisplayState.Succeeded => TextColor.Good,
        RunDisplayState.Cancelled => TextColor.Warning,
        _ when state.NeedsAttention() => TextColor.Attention,
        _ => TextColor.Default,
    };
}
