using CertBot.Engine.Configuration;
using CertBot.Engine.Runs;
using CertBot.Engine.Storage;

namespace CertBot.Engine.Execution;

/// <summary>
/// An approval gate after a run's first change never expires: cancelling would leave the cluster half changed.
/// Instead, every <see cref="EngineOptions.GateExpiry"/> its approvers are reminded (journal and a
/// <see cref="ProgressKind.Reminder"/> for the thread) and the gate keeps waiting; only a person ends the run.
/// </summary>
internal sealed class GateReminders(EngineOptions options, IEngineStore store, TimeProvider time)
{
    /// <summary>Reminds the approvers of every such gate that is due; returns how many were reminded.</summary>
    public async Task<int> RemindAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var count = 0;
        // One waiting run per cluster at most (the cluster lock), so this list stays short.
        foreach (var run in await store.ListAsync([RunState.AwaitingApproval], 1000, cancellationToken))
        {
            // A gate opened before reminders existed has no RemindAt: remind at once, then every period.
            if ((run.RemindAt ?? (run.HasChanged ? DateTimeOffset.MinValue : null)) is not { } due || due > now
                || (await store.GatesOfAsync(run.Id, cancellationToken)).LastOrDefault(g => g.IsOpen) is not { Kind: GateKind.Approval } gate)
            {
                continue;
            }

            var approvers = run.Request.Clusters.SelectMany(c => options.FindCluster(c)?.Approvers ?? []).Distinct(StringComparer.OrdinalIgnoreCase);
            var message = $"reminder to the approvers ({string.Join(", ", approvers)}): '{gate.Title}' has waited since {gate.CreatedAt:yyyy-MM-dd HH:mm} UTC. " +
                "The cluster is already changed, so this gate does not expire: approve or reject it, or cancel the run";
            var change = new RunChange(run, now)
                .Journal(JournalKind.Reminded, message, gate.StepIndex)
                .Event(ProgressKind.Reminder, message, gate.StepIndex)
                .Update(r => r with { RemindAt = now + options.GateExpiry });
            try
            {
                await store.CommitAsync(change.ToUpdate(), cancellationToken);
                count++;
            }
            catch (RunConflictException)
            {
                // Decided at the same moment: the decision stands; a gate still open is reminded on the next pass.
            }
        }

        return count;
    }
}
