using CertBot.Engine.Planning;
using CertBot.Engine.Runs;

namespace CertBot.Engine.Execution;

/// <summary>
/// A step found in flight with no live lease: its worker stopped (a crash, a kill, a host that was shut down),
/// so whether the step took effect is unknown. The run becomes <see cref="RunState.Interrupted"/> at that step
/// and nothing is re-executed until someone decides (retry, skip, abort) with the step's journal in view.
/// </summary>
internal static class Interruption
{
    public static RunChange Of(Run run, PlanStep step, DateTimeOffset now) =>
        new RunChange(run, now)
            .Journal(JournalKind.Interrupted, $"the process stopped while step {step.Index + 1} ({step.Title}) ran: whether it took effect is unknown; retry, skip or abort", step.Index)
            .Update(r => r.WithStep(r.Steps[step.Index] with { Detail = "interrupted: the process stopped while it ran" }) with
            {
                Cause = PauseCause.Interrupted,
                Attention = $"interrupted at step {step.Index + 1}: {step.Title}",
            })
            .Fire(RunAction.Interrupt, $"interrupted at step {step.Index + 1}: {step.Title}");

    /// <summary>The journal line of a worker that finished a step after its lease was taken over: the outcome is not applied.</summary>
    public static RunChange LostOutcome(Run run, PlanStep step, bool succeeded, DateTimeOffset now) =>
        new RunChange(run, now).Journal(JournalKind.StepFailed,
            $"step {step.Index + 1} ({step.Title}) {(succeeded ? "succeeded" : "failed")} on a worker whose lease was taken over while it ran; " +
            "that outcome is not committed over the decision taken since", step.Index);
}
