using CertBot.Engine.Model;
using CertBot.Engine.Nodes;
using CertBot.Engine.Procedures;

namespace CertBot.Engine.Planning;

/// <summary>Collects steps (numbered as added), decisions and blockers, and seals them into a <see cref="Plan"/>.</summary>
public sealed class PlanBuilder
{
    private readonly List<PlanStep> steps = [];
    private readonly List<PlanDecision> decisions = [];
    private readonly List<string> blockers = [];
    private readonly List<string> warnings = [];

    public IReadOnlyList<PlanStep> Steps => steps;

    public bool IsBlocked => blockers.Count > 0;

    public void Add(PlanStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        steps.Add(step with { Index = steps.Count });
    }

    /// <summary>
    /// Puts <paramref name="step"/> right after the last change (or the last health check placed there before),
    /// ahead of what follows the changes (verifications, reminders, PRG HA back on); steps are renumbered.
    /// </summary>
    public void InsertAfterLastChange(PlanStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var at = steps.FindLastIndex(s => s.Changes || s.Kind == StepKind.CheckHealth) + 1;
        steps.Insert(at, step);
        for (var i = 0; i < steps.Count; i++)
        {
            steps[i] = steps[i] with { Index = i };
        }
    }

    public void Decide(string subject, string text) => decisions.Add(new PlanDecision(subject, text));

    public void Block(string text) => blockers.Add(text);

    /// <summary>A line the approver must read first (<see cref="Plan.Warnings"/>); the same text is kept once.</summary>
    public void Warn(string text)
    {
        if (!warnings.Contains(text, StringComparer.Ordinal))
        {
            warnings.Add(text);
        }
    }

    public void Gate(string title) =>
        Add(new PlanStep(0, StepKind.ApprovalGate, null, title, "approval", false, TimeSpan.Zero));

    /// <summary>A step an operator does and confirms; <paramref name="intent"/> says exactly what.</summary>
    public void Manual(NodeRef? node, string title, string intent) =>
        Add(new PlanStep(0, StepKind.Manual, node, title, intent, false, Durations.Person));

    public void Regenerate(NodeRef node, CertificateInfo current) =>
        Add(new PlanStep(0, StepKind.Regenerate, node, $"Regenerate {current.Unit} on {node.Name}",
            $"set cert regen {current.Unit}", false, Durations.Regenerate,
            Unit: current.Unit, PreviousSerial: current.Serial, PreviousNotAfter: current.NotAfter));

    public void Service(NodeRef node, string service, ServiceAction action) =>
        Add(new PlanStep(0, StepKind.ControlService, node, $"{action} {service} on {node.Name}",
            $"utils service {action.ToString().ToLowerInvariant()} {service}", true, Services.Estimate(service),
            Service: service, Action: action, Timeout: Services.Timeout(service)));

    /// <param name="propagatesTo">Where the platform removes the same entry by itself (from 11.0); verified gone there too.</param>
    public void DeleteTrust(NodeRef node, CertificateInfo trust, IReadOnlyList<NodeRef>? propagatesTo = null) =>
        Add(new PlanStep(0, StepKind.DeleteTrust, node,
            $"Delete {trust.Store}/{trust.File} on {node.Name}" + (propagatesTo is { Count: > 0 } ? $" (propagates to {string.Join(", ", propagatesTo.Select(p => p.Name))})" : ""),
            $"set cert delete {trust.Store} {trust.File}", true, Durations.TrustChange,
            Store: trust.Store, File: trust.File, PreviousSerial: trust.Serial, Peers: propagatesTo is { Count: > 0 } ? propagatesTo : null));

    public Plan Build(ProcedureRequest request, DateTimeOffset plannedAt)
    {
        PhoneImpact.Warn(this);
        return PlanHasher.Seal(new Plan(request, steps.ToList(), decisions.ToList(), blockers.ToList(), "", plannedAt) { Warnings = warnings.ToList() });
    }
}
