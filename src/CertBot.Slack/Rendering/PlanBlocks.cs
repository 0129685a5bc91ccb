using CertBot.Chat.Views;
using CertBot.Slack.BlockKit;

namespace CertBot.Slack.Rendering;

/// <summary>The plan: request, steps in order, nodes, impact, window, decisions, blockers; Request approval / Cancel.</summary>
internal static class PlanBlocks
{
    public static List<Block> Render(PlanView plan)
    {
        List<Block> blocks =
        [
            HeaderBlock.Of("Plan: " + plan.Title),
            .. BlockParts.Lines(plan.Warnings.Select(BlockParts.Warning)),
            SectionBlock.Facts(
            [
                ("Request", $"`{Mrkdwn.Escape(plan.Request)}`"),
                ("Plan", $"`{Mrkdwn.Escape(plan.ShortHash)}` · {TimeWords.Estimate(plan.EstimatedDuration)}"),
                ("Nodes", plan.Nodes.Count == 0 ? "none" : Mrkdwn.Escape(string.Join(", ", plan.Nodes))),
                ("Window", Mrkdwn.Escape(plan.Window)),
                ("Impact", Mrkdwn.Escape(plan.Impact)),
            ]),
            .. plan.AsOf is { } asOf ? [ContextBlock.Markdown($"Facts {Mrkdwn.Escape(asOf)}; re-checked live before the first change")] : Array.Empty<Block>(),
            new DividerBlock(),
        ];
        blocks.AddRange(BlockParts.Lines(plan.Steps.Select(Step)));
        if (plan.More is { } more)
        {
            blocks.Add(ContextBlock.Markdown("… " + Mrkdwn.Escape(more)));
        }
        if (plan.Blockers.Count > 0)
        {
            blocks.AddRange(BlockParts.Lines(plan.Blockers.Select(b => ":no_entry: *Blocked:* " + Mrkdwn.Escape(b))));
        }

        if (plan.Decisions.Count > 0)
        {
            blocks.Add(ContextBlock.Markdown(string.Join("\n", plan.Decisions.Select(Mrkdwn.Escape))));
        }

        if (plan.Notice is { } notice)
        {
            blocks.Add(SectionBlock.Markdown("_" + Mrkdwn.Escape(notice) + "_"));
        }

        blocks.AddRange(BlockParts.Buttons(plan.Actions, "plan"));
        return blocks;
    }

    private static string Step(PlanStepLine step)
    {
        var marks = (step.ServiceImpacting ? " :warning: service-impacting" : "") + (step.WaitsForPerson ? " :bust_in_silhouette: waits for a person" : "");
        var node = step.Node is null ? "" : $" · `{Mrkdwn.Escape(step.Node)}`";
        return $"{step.Number}. {Mrkdwn.Escape(step.Title)}{node}{marks}";
    }
}
