namespace CertBot.Engine.Runs;

/// <summary>
/// What a run did to its nodes, from what the engine verified and journaled rather than from the plan: every step
/// that changes a node (or recorded a change, as a multi-server renewal's check of each node does) and was
/// attempted. A step that failed or was skipped is there with its outcome, never as done; one not reached is not.
/// </summary>
public static class RunEvidence
{
    public static IReadOnlyList<StepEvidence> Of(Run run, IReadOnlyList<JournalEntry> journal)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(journal);
        // The last success of each step: a step succeeds once per run, but a journal read across a recovery may
        // hold an earlier line whose outcome was lost (Interruption), and that one is not the step's result.
        var recorded = journal
            .Where(j => j.Kind == JournalKind.StepSucceeded && j.StepIndex is not null)
            .GroupBy(j => j.StepIndex!.Value)
            .ToDictionary(g => g.Key, g => g.Last().Changes ?? []);
        var evidence = new List<StepEvidence>();
        foreach (var step in run.Plan.Steps)
        {
            var outcome = run.Steps[step.Index];
            var changes = outcome.Status == StepStatus.Succeeded && recorded.TryGetValue(step.Index, out var found) ? found : [];
            if (outcome.Attempts > 0 && step.Node is not null && (step.Changes || changes.Count > 0))
            {
                evidence.Add(new StepEvidence(step, outcome, changes));
            }
        }

        return evidence;
    }

    /// <summary>The verified changes of the steps that succeeded, in the order they were made.</summary>
    public static IEnumerable<NodeChange> Verified(IEnumerable<StepEvidence> evidence) =>
        evidence.Where(e => e.Succeeded).SelectMany(e => e.Changes);
}
