namespace CertBot.Chat.Views;

/// <summary>
/// A plan before anything runs: its steps in order, the nodes in the order they are worked on, what users will
/// notice, the maintenance window, the decisions that shaped it and what blocks it; "Request approval" / "Cancel".
/// </summary>
/// <param name="Warnings">What the approver must read first (mixed cluster, phones, steps left out for the release).</param>
/// <param name="Notice">What happened to the plan since (approval requested, cancelled); null while it is open.</param>
/// <param name="More">What the view leaves out of a long list and how to see all of it; null when it shows everything.</param>
/// <param name="AsOf">When the plan was made from cached facts, how old they are ("as of 10:42 UTC (7 min ago)"); null when read live.</param>
public sealed record PlanView(
    Guid PlanId,
    string Title,
    string Request,
    IReadOnlyList<PlanStepLine> Steps,
    IReadOnlyList<string> Nodes,
    string Impact,
    string Window,
    IReadOnlyList<string> Decisions,
    IReadOnlyList<string> Blockers,
    IReadOnlyList<string> Warnings,
    string ShortHash,
    TimeSpan EstimatedDuration,
    string? Notice,
    IReadOnlyList<ViewAction> Actions,
    string? More = null,
    string? AsOf = null) : ChatView
{
    public override string Summary => $"Plan: {Title}";
}
