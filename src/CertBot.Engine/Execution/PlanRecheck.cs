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
        var fresh = await planner.PlanExactlyAsync(run.Request, facts, cancellationToken);
        if (fresh.Hash == run.Plan.Hash && NotRunnable(fresh) is { } still)
        {
            // Asked to plan again (retry) and the cluster still gives this plan: say so, run none of it.
            return Hold(change.Journal(JournalKind.Rechecked, $"planned again from live state: still plan {fresh.ShortHash}"), still);
        }

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
        if (NotRunnable(fresh) is { } why)
        {
            return Hold(change, why);
        }

        change.Fire(RunAction.Drift, $"plan drifted ({run.Plan.ShortHash} → {fresh.ShortHash}): approval void, approve the new plan");
        GateOpener.Open(change, 0, gateExpiry);
        return change;
    }

    /// <summary>Why a plan cannot run (blocked, or nothing to change), or null when it can.</summary>
    public static string? NotRunnable(Plan plan) =>
        plan.IsBlocked ? "the plan is blocked: " + string.Join("; ", plan.Blockers)
        : !plan.Changes || plan.Steps[0].Kind != StepKind.ApprovalGate ? "the plan changes nothing: the cluster no longer needs this procedure, and this run changed nothing"
        : null;

    /// <summary>
    /// Pauses on a plan that cannot run. Nothing of it is executed and skip is refused: the run can only be
    /// cancelled, aborted, or planned again (retry) once the cluster allows it.
    /// </summary>
    private static RunChange Hold(RunChange change, string why) =>
        change.Journal(JournalKind.StepFailed, why + "; nothing was executed")
            .Update(r => r with { Cause = PauseCause.PlanNotRunnable, Attention = why + "; nothing was executed: cancel the run, or retry to plan again" })
            .Fire(RunAction.Fail, why);
}
