using CertBot.Engine.Configuration;

namespace CertBot.Engine.Runs;

/// <summary>
/// Who may decide what. Approvals and skips: an approver of every cluster the run changes, never the
/// requester, <c>cli:</c> only while allowed. Retry, abort, cancel and confirmations: the requester or an
/// approver. Each method answers null (allowed) or the reason in words; refusals change nothing.
/// </summary>
public sealed class ApprovalPolicy(EngineOptions options)
{
    /// <summary>May <paramref name="who"/> approve, reject, skip or override the window on this run?</summary>
    public string? RefuseApprover(Run run, Principal who)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(who);
        if (who.IsCli && !options.AllowCliApprovals)
        {
            return $"{who}: cli approvals are switched off (CertBot:AllowCliApprovals); approve from Teams or Slack";
        }

        if (IsRequester(run, who))
        {
            return $"{who} requested this run: the requester never approves their own run";
        }

        foreach (var cluster in run.Request.Clusters)
        {
            var approvers = options.FindCluster(cluster)?.Approvers ?? [];
            if (!approvers.Any(a => Principal.TryParse(a, out var approver) && approver == who))
            {
                return $"{who} is not an approver of {cluster}";
            }
        }

        return null;
    }

    /// <summary>May <paramref name="who"/> approve this open gate, for the plan they saw (<paramref name="planHash"/>, full or at least 12 characters)?</summary>
    public string? RefuseApproval(Run run, Gate gate, Principal who, string? planHash, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(gate);
        if (RefuseApprover(run, who) is { } refusal)
        {
            return refusal;
        }

        if (planHash is not null && (planHash.Length < 12 || !gate.PlanHash.StartsWith(planHash, StringComparison.OrdinalIgnoreCase)))
        {
            return $"the approval is for plan {planHash}, but the gate stands for plan {gate.PlanHash[..12]}: review the current plan and approve that";
        }

        if (gate.IsExpired(now))
        {
            return $"the gate expired at {gate.ExpiresAt:yyyy-MM-dd HH:mm} UTC: nothing changes, the run is cancelled";
        }

        if (run.Plan.IsBlocked)
        {
            return "the plan is blocked (" + string.Join("; ", run.Plan.Blockers) + "): cancel the run";
        }

        return null;
    }

    /// <summary>May <paramref name="who"/> retry, abort, cancel or confirm a manual step?</summary>
    public string? RefuseOperator(Run run, Principal who)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(who);
        if (IsRequester(run, who))
        {
            return null;
        }

        var approver = run.Request.Clusters.Any(c =>
            (options.FindCluster(c)?.Approvers ?? []).Any(a => Principal.TryParse(a, out var p) && p == who));
        return approver ? null : $"{who} is neither the requester nor an approver of this run";
    }

    private static bool IsRequester(Run run, Principal who) =>
        Principal.TryParse(run.RequestedBy, out var requester) && requester == who;
}
