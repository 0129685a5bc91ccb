using CertBot.Engine.Planning;
using CertBot.Engine.Planning.Facts;
using CertBot.Engine.Runs;
using CertBot.Engine.Storage;
using Microsoft.Extensions.Logging;

namespace CertBot.Engine.Execution;

/// <summary>
/// The re-check before a run's first change: the plan is made again through the run's own sessions and its
/// hash compared with the approved one. Any difference (a node joined, a certificate was regenerated or
/// became CA-signed, a trust entry expired) voids the approval.
/// </summary>
internal sealed class PlanRecheck(Planner planner, IEngineStore store, ILogger logger, TimeSpan gateExpiry)
{
    /// <summary>Before the first change: plan again from live state; any difference voids the approval and asks again.</summary>
    public async Task<RunChange> RecheckAsync(RunChange change, RunSessions sessions, CancellationToken cancellationToken)
    {
        var run = change.Run;
        await using var facts = new FactReader(sessions);
        var fresh = await planner.PlanAsync(run.Request, facts, cancellationToken);
        if (fresh.Hash == run.Plan.Hash)
        {
            return change.Journal(JournalKind.Rechecked, $"plan re-checked against live state before the first change: unchanged ({fresh.ShortHash})")
                .Update(r => r with { Rechecked = true });
        }

        Log.Drifted(logger, run.Id, run.Plan.ShortHash, fresh.ShortHash);
        var news = fresh.Decisions.Select(d => d.ToString()).Except(run.Plan.Decisions.Select(d => d.ToString())).Concat(fresh.Blockers);
        change.Journal(JournalKind.Drift, $"the cluster changed since plan {run.Plan.ShortHash} was approved; new plan {fresh.ShortHash}; the approval is void. New: {string.Join("; ", news)}");
        foreach (var approved in (await store.GatesOfAsync(run.Id, cancellationToken)).Where(g => g.State == GateState.Approved))
        {
            change.Gate(approved.Decide(GateState.Void, approved.DecidedBy, change.Now, "plan drifted"));
        }

        var restarted = Run.Create(run.Id, fresh, run.RequestedBy, run.CreatedAt);
        change.Update(r => r with { Plan = fresh, Steps = restarted.Steps, NextStep = 0, Rechecked = false, WindowOverride = false });
        if (fresh.IsBlocked || !fresh.Changes || fresh.Steps[0].Kind != StepKind.ApprovalGate)
        {
            var why = fresh.IsBlocked ? "the new plan is blocked: " + string.Join("; ", fresh.Blockers) : "the new plan changes nothing";
            return change.Update(r => r with { Cause = PauseCause.StepFailed, Attention = why + "; abort or cancel" })
                .Fire(RunAction.Fail, why);
        }

        change.Fire(RunAction.Drift, $"plan drifted ({run.Plan.ShortHash} → {fresh.ShortHash}): approval void, approve the new plan");
        GateOpener.Open(change, 0, gateExpiry);
        return change;
    }
}
