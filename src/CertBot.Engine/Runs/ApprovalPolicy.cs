using CertBot.Engine.Configuration;

namespace CertBot.Engine.Runs;

/// <summary>
/// Who may do what, compared person to person (<see cref="PersonDirectory"/>). Approvals and skips: an approver
/// of every cluster the run changes, never the person who requested it (in any namespace), <c>cli:</c> only while
/// allowed. Retry, abort, cancel and confirmations: the requester or an approver. Requests: the clusters'
/// requesters. Each method answers null (allowed) or the reason in words; refusals change nothing.
/// </summary>
public sealed class ApprovalPolicy(EngineOptions options, PersonDirectory people)
{
    /// <summary>May <paramref name="who"/> approve, reject, skip or override the window on this run?</summary>
    public string? RefuseApprover(Run run, Principal who)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(who);
        var name = people.Describe(who);
        if (who.IsCli && !options.AllowCliApprovals)
        {
            return $"{name}: cli approvals are switched off (CertBot:AllowCliApprovals); approve from Teams or Slack";
        }

        if (IsRequester(run, who))
        {
            return $"{name} requested this run (as {run.RequestedBy}): the requester never approves their own run";
        }

        foreach (var cluster in run.Request.Clusters)
        {
            if (!people.AnyMatches(options.FindCluster(cluster)?.Approvers ?? [], who))
            {
                return $"{name} is not an approver of {cluster}";
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

        if (gate.HasExpired(run, now))
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
        if (IsRequester(run, who) || run.Request.Clusters.Any(c => people.AnyMatches(options.FindCluster(c)?.Approvers ?? [], who)))
        {
            return null;
        }

        return $"{people.Describe(who)} is neither the requester nor an approver of this run";
    }

    /// <summary>
    /// May anything change <paramref name="clusters"/> at all? A cluster without approvers is read-only (the
    /// configuration allows it, with a warning at start): inventory and checks work, changes are refused before
    /// a node is read, since nobody could ever approve them.
    /// </summary>
    public string? RefuseChange(IEnumerable<string> clusters)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        return clusters.Select(options.FindCluster).OfType<ClusterOptions>().FirstOrDefault(c => c.Approvers.Count == 0) is { } readOnly
            ? ReadOnly(readOnly.Name)
            : null;
    }

    /// <summary>The same for a procedure: a check (the IPsec trust check) reads only and is never refused here.</summary>
    public string? RefuseChange(Procedures.ProcedureRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Kind == Procedures.ProcedureKind.VerifyIpsec ? null : RefuseChange(request.Clusters);
    }

    /// <summary>What a changing procedure on a cluster without approvers answers.</summary>
    public static string ReadOnly(string cluster) => $"nobody may approve changes on {cluster}: add approvers in the configuration";

    /// <summary>May <paramref name="who"/> request a change of <paramref name="clusters"/> (and plan it)?</summary>
    public string? RefuseRequester(IEnumerable<string> clusters, Principal who)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(who);
        if (RefuseChange(clusters) is { } readOnly)
        {
            return readOnly;
        }

        foreach (var cluster in clusters)
        {
            if (options.FindCluster(cluster) is { Requesters.Count: > 0 } configured && !people.AnyMatches(configured.Requesters, who))
            {
                return $"{people.Describe(who)} is not a requester of {configured.Name}: ask one of its requesters";
            }
        }

        return null;
    }

    /// <summary>
    /// May <paramref name="who"/> use the read-only commands (certificates, plan display, runs) on
    /// <paramref name="clusters"/>: everyone, unless the cluster has requesters and is not read-only for everyone;
    /// then its requesters and approvers.
    /// </summary>
    public string? RefuseReader(IEnumerable<string> clusters, Principal who)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(who);
        foreach (var cluster in clusters)
        {
            if (options.FindCluster(cluster) is { Requesters.Count: > 0, ReadOnlyForEveryone: false } configured
                && !people.AnyMatches(configured.Requesters.Concat(configured.Approvers), who))
            {
                return $"{people.Describe(who)} is neither a requester nor an approver of {configured.Name}, whose certificates, plans and runs are shown only to them";
            }
        }

        return null;
    }

    /// <summary>Whether the run was requested by this person, in whichever namespace.</summary>
    private bool IsRequester(Run run, Principal who) =>
        Principal.TryParse(run.RequestedBy, out var requester) && people.SamePerson(requester, who);
}
