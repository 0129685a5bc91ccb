using CertBot.Engine.Configuration;
using CertBot.Engine.Planning;

namespace CertBot.Chat.Views;

/// <summary>Builds the plan view from the engine's plan.</summary>
public static class PlanViews
{
    public static PlanView Open(Guid planId, Plan plan, EngineOptions options) => Build(planId, plan, options, null, Buttons(planId, plan));

    /// <summary>The same plan after someone acted on it: no buttons, a line saying what happened.</summary>
    public static PlanView Closed(Guid planId, Plan plan, EngineOptions options, string notice) => Build(planId, plan, options, notice, []);

    private static List<ViewAction> Buttons(Guid planId, Plan plan)
    {
        var data = new Dictionary<string, string> { [ChatVerbs.PlanKey] = planId.ToString("D") };
        var buttons = new List<ViewAction>();
        if (!plan.IsBlocked && plan.Changes)
        {
            buttons.Add(new ViewAction("Request approval", ChatVerbs.RequestApproval, data));
        }

        buttons.Add(new ViewAction(buttons.Count == 0 ? "Dismiss" : "Cancel", ChatVerbs.CancelPlan, data, Destructive: true));
        return buttons;
    }

    private static PlanView Build(Guid planId, Plan plan, EngineOptions options, string? notice, IReadOnlyList<ViewAction> actions)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        var all = plan.Steps.Select(s => new PlanStepLine(s.Index + 1, ViewLimits.Cut(s.Title), s.Node?.Name, s.ServiceImpacting, s.WaitsForPerson)).ToList();
        var (steps, _, hidden) = ViewLimits.Window(all);
        var nodes = ViewLimits.Lines(plan.Steps.Where(s => s.Changes && s.Node is not null).Select(s => s.Node!.ToString()).Distinct(), "nodes");
        var impacting = plan.Steps.Where(s => s.ServiceImpacting).ToList();
        var impact = !plan.Changes
            ? "None: this is a report, nothing on the cluster changes."
            : impacting.Count == 0
                ? "No service restart or trust deletion."
                : $"{impacting.Count} service-impacting step(s): " + string.Join("; ", impacting.Select(s => ViewLimits.Cut(s.Title, 100)).Distinct().Take(6))
                  + (impacting.Count > 6 ? "; …" : "");
        var window = string.Join("; ", plan.Request.Clusters.Select(options.FindCluster).OfType<ClusterOptions>()
            .Select(c => $"{c.Name}: {MaintenanceWindows.Describe(c)}"));
        return new PlanView(planId, Describe(plan), plan.Request.ToString(), steps, nodes, impact,
            window.Length == 0 ? "unknown cluster" : window,
            ViewLimits.Lines(plan.Decisions.Select(d => d.ToString()), "decisions"), ViewLimits.Lines(plan.Blockers, "blockers"), ViewLimits.Lines(plan.Warnings, "warnings"), plan.ShortHash,
            plan.EstimatedDuration, notice, hidden == 0 ? actions : [.. actions, ShowAll(planId)],
            hidden == 0 ? null : $"{hidden} more steps not shown: Show all posts every step in the thread");
    }

    private static ViewAction ShowAll(Guid planId) =>
        new("Show all steps", ChatVerbs.ShowAll, new Dictionary<string, string> { [ChatVerbs.PlanKey] = planId.ToString("D") });

    /// <summary>Every step of a plan as the lines a "Show all" posts.</summary>
    public static IEnumerable<string> StepLines(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Steps.Select(s => $"{s.Index + 1}. {s.Title}" + (s.Node is null ? "" : $" · {s.Node.Name}") + (s.ServiceImpacting ? " ⚠" : "") + (s.WaitsForPerson ? " ⏸" : ""));
    }

    /// <summary>The request in words for a title.</summary>
    public static string Describe(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var r = plan.Request;
        return r.Kind switch
        {
            Engine.Procedures.ProcedureKind.Regenerate => $"Regenerate {r.Unit} on {r.Cluster}",
            Engine.Procedures.ProcedureKind.PurgeTrust => $"Purge expired trust certificates on {r.Cluster}",
            Engine.Procedures.ProcedureKind.VerifyIpsec => $"Check the IPsec trust of {r.Cluster}",
            Engine.Procedures.ProcedureKind.Exchange => $"Exchange certificates from {r.Cluster} to {r.TargetCluster}",
            Engine.Procedures.ProcedureKind.Renew => $"Renew the CA-signed {r.Unit} on {r.Cluster}" + (r.MultiServer is { } multi ? (multi ? " (multi-server CSR)" : " (a CSR per node)") : ""),
            Engine.Procedures.ProcedureKind.Restore => $"Restore what run {r.Undo?.Run.ToString("N")[..8]} left undone on {r.Cluster}",
            _ => r.ToString(),
        };
    }
}
