using CertBot.Engine.Runs;

namespace CertBot.Cli.Runs;

/// <summary><c>certbot show</c>: the run's state and what it waits for, each step with its outcome, the gates and the journal.</summary>
public static class RunText
{
    public static void Write(TextWriter output, RunView view)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(view);
        var run = view.Run;
        output.WriteLine($"Run {run.Id}");
        output.WriteLine($"  {run.Request}, requested by {run.RequestedBy} at {run.CreatedAt:yyyy-MM-dd HH:mm:ss} UTC");
        output.WriteLine($"  state {run.State}" + (run.Cause == PauseCause.None ? "" : $" ({run.Cause})") + $", step {Math.Min(run.NextStep + 1, run.Plan.Steps.Count)} of {run.Plan.Steps.Count}, plan {run.Plan.Hash}");
        if (run.Attention is not null)
        {
            output.WriteLine($"  {run.Attention}");
        }

        if (Unreachable(run) is { } unreachable)
        {
            output.WriteLine($"  {unreachable}");
        }

        output.WriteLine("  allowed now: " + (view.Allowed.Count == 0 ? "nothing (the run has ended)" : string.Join(", ", view.Allowed.Select(Verb))));
        output.WriteLine();
        output.WriteLine("Steps:");
        foreach (var step in run.Plan.Steps)
        {
            var outcome = run.Steps[step.Index];
            var detail = outcome.Detail is null ? "" : $"  -> {outcome.Detail}";
            var attempts = outcome.Attempts > 1 ? $" ({outcome.Attempts} attempts)" : "";
            output.WriteLine($"{PlanText.Line(step)}");
            output.WriteLine($"         {outcome.Status.ToString().ToUpperInvariant()}{attempts}{detail}");
        }

        output.WriteLine();
        output.WriteLine("Gates:");
        foreach (var gate in view.Gates)
        {
            var decided = gate.DecidedBy is null ? "" : $" by {gate.DecidedBy} at {gate.DecidedAt:yyyy-MM-dd HH:mm:ss} UTC";
            output.WriteLine($"  step {gate.StepIndex + 1} {gate.Kind.ToString().ToLowerInvariant()} {gate.State.ToString().ToLowerInvariant()}{decided}: {gate.Title}" +
                (gate.Comment is null ? "" : $" ({gate.Comment})"));
        }

        output.WriteLine();
        output.WriteLine("Journal:");
        foreach (var entry in view.Journal)
        {
            var step = entry.StepIndex is { } i ? $" step {i + 1}" : "";
            output.WriteLine($"  {entry.At:yyyy-MM-dd HH:mm:ss.fff} {entry.Kind}{step}: {entry.Message}");
            if (entry.Command is not null)
            {
                output.WriteLine($"      command: {entry.Command}");
            }

            foreach (var line in (entry.OutputTail ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                output.WriteLine($"      | {line}");
            }
        }
    }

    /// <summary>
    /// "chat thread unreachable since …": the thread's people do not see the run's cards, so whoever reads the
    /// command line should know that the gates wait unseen. Null while the thread is reached.
    /// </summary>
    public static string? Unreachable(Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.UnreachableSince is { } since ? $"chat thread unreachable since {since:yyyy-MM-dd HH:mm:ss} UTC: its cards are not seen (see the journal)" : null;
    }

    /// <summary>An action as it is typed: <c>override-window</c>.</summary>
    public static string Verb(RunAction action) => action == RunAction.OverrideWindow ? "override-window" : action.ToString().ToLowerInvariant();
}
