using CertBot.Chat.Views;
using CertBot.Teams.Cards;

namespace CertBot.Teams.Rendering;

/// <summary>The plan card: steps, nodes in order, impact, window, decisions, blockers; "Request approval" / "Cancel".</summary>
internal static class PlanCard
{
    public static AdaptiveCard Render(PlanView plan)
    {
        var body = new List<CardElement>
        {
            CardParts.Heading(plan.Title),
            CardParts.Subtle($"`{plan.Request}` · plan {plan.ShortHash} · {TimeWords.Estimate(plan.EstimatedDuration)}"
                + (plan.AsOf is { } asOf ? $" · facts {asOf}; re-checked live before the first change" : "")),
        };
        if (plan.Blockers.Count > 0)
        {
            body.Add(new Container([CardParts.Note("Blocked: this plan cannot be requested", TextColor.Attention), CardParts.Bullets(plan.Blockers)])
            { Style = ContainerStyle.Attention });
        }

        if (plan.Warnings.Count > 0)
        {
            body.Add(CardParts.Warnings(plan.Warnings));
        }

        body.Add(new FactSet(
        [
            new Fact("Nodes, in order", plan.Nodes.Count == 0 ? "none" : string.Join(" → ", plan.Nodes)),
            new Fact("Impact", plan.Impact),
            new Fact("Window", plan.Window),
        ]));
        body.Add(new TextBlock("Steps") { Weight = TextWeight.Bolder, Separator = true });
        body.Add(new TextBlock(plan.Steps.Count == 0 ? "No step: nothing to do." : string.Join("\n", plan.Steps.Select(Line))));
        if (plan.More is { } more)
        {
            body.Add(CardParts.Subtle("… " + more));
        }
        if (plan.Decisions.Count > 0)
        {
            body.Add(new TextBlock("Decisions") { Weight = TextWeight.Bolder, Separator = true });
            body.Add(CardParts.Bullets(plan.Decisions));
        }

        if (plan.Notice is not null)
        {
            body.Add(CardParts.Note(plan.Notice, TextColor.Accent) with { Separator = true });
        }

        return new AdaptiveCard { Body = body, Actions = CardParts.Buttons(plan.Actions), FallbackText = plan.Summary, MsTeams = TeamsCardSettings.FullWidth };
    }

    private static string Line(PlanStepLine step) =>
        $"{step.Number}. {step.Title}" + (step.ServiceImpacting ? " ⚠" : "") + (step.WaitsForPerson ? " ⏸" : "");
}
