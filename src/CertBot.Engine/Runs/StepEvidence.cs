using CertBot.Engine.Planning;

namespace CertBot.Engine.Runs;

/// <summary>
/// One step of a run that touched a node, as the maintenance record shows it: its outcome and, when it succeeded,
/// the changes it verified (from the journal line of that success).
/// </summary>
/// <param name="Changes">What the step changed and verified; empty when it did not succeed, or succeeded before
/// steps recorded their changes (the outcome's detail then says what it did).</param>
public sealed record StepEvidence(PlanStep Step, StepOutcome Outcome, IReadOnlyList<NodeChange> Changes)
{
    /// <summary>How long the step's last attempt took; null when it never ended.</summary>
    public TimeSpan? Took => Outcome.StartedAt is { } start && Outcome.EndedAt is { } end ? end - start : null;

    public bool Succeeded => Outcome.Status == StepStatus.Succeeded;
}
