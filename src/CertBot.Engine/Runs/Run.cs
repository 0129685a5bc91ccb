using System.Text.Json.Serialization;
using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;

namespace CertBot.Engine.Runs;

/// <summary>
/// One execution of a plan, as persisted: its state, where it stands in the plan and each step's outcome.
/// Immutable; every change is a new value committed with the journal and events that describe it.
/// </summary>
/// <param name="NextStep">The step to run next; while <see cref="RunState.Paused"/> or <see cref="RunState.Interrupted"/>, the step that needs a decision.</param>
/// <param name="Attention">Why the run waits or stopped, in words for the thread.</param>
/// <param name="Rechecked">The plan was re-checked against live state before the first change.</param>
/// <param name="WindowOverride">An approver allowed service-impacting steps outside the maintenance window.</param>
/// <param name="RemindAt">
/// While the run waits at an approval gate after its first change: when its approvers are reminded next (such a
/// gate never expires). Null otherwise.
/// </param>
/// <param name="UnreachableSince">
/// Since when the run's chat thread cannot be reached (its posts kept failing after the backoff); null while they
/// arrive. Set and cleared by <see cref="ThreadReachability"/>, journaled once each way.
/// </param>
/// <param name="Renewal">P9: the CSRs made and the CA's validated answer; null for other procedures.</param>
/// <param name="Version">Optimistic concurrency: a commit names the version it changes.</param>
public sealed record Run(
    Guid Id,
    ProcedureRequest Request,
    Plan Plan,
    string RequestedBy,
    RunState State,
    int NextStep,
    IReadOnlyList<StepOutcome> Steps,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version = 0,
    PauseCause Cause = PauseCause.None,
    string? Attention = null,
    bool CancelRequested = false,
    bool Rechecked = false,
    bool WindowOverride = false,
    DateTimeOffset? RemindAt = null,
    DateTimeOffset? UnreachableSince = null,
    Renewal.RenewalMaterial? Renewal = null)
{
    [JsonIgnore]
    public string Cluster => Request.Cluster;

    /// <summary>The renewal material, empty for a run that has none.</summary>
    [JsonIgnore]
    public Renewal.RenewalMaterial RenewalOrEmpty => Renewal ?? CertBot.Engine.Renewal.RenewalMaterial.Empty;

    /// <summary>The step <see cref="NextStep"/> points at, or null past the end.</summary>
    [JsonIgnore]
    public PlanStep? CurrentStep => NextStep < Plan.Steps.Count ? Plan.Steps[NextStep] : null;

    /// <summary>
    /// A changing step was started (whether it took effect or not): the cluster may already be changed, so
    /// the run is never cancelled behind the people's back.
    /// </summary>
    [JsonIgnore]
    public bool HasChanged => Steps.Any(s => s.Attempts > 0 && Plan.Steps[s.Index].Changes);

    public Run WithStep(StepOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var steps = Steps.ToArray();
        steps[outcome.Index] = outcome;
        return this with { Steps = steps };
    }

    /// <summary>A new run in <see cref="RunState.Planned"/> with every step pending.</summary>
    public static Run Create(Guid id, Plan plan, string requestedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new Run(id, plan.Request, plan, requestedBy, RunState.Planned, 0,
            plan.Steps.Select(s => new StepOutcome(s.Index, StepStatus.Pending)).ToList(), now, now);
    }
}
