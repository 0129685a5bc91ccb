using CertBot.Engine.Configuration;
using CertBot.Engine.Inventory.Cache;
using CertBot.Engine.Planning;
using CertBot.Engine.Procedures;
using CertBot.Engine.Storage;

namespace CertBot.Engine.Runs;

/// <summary>
/// Plans, requests and reads runs, from any front (Teams, Slack, the command line). Decisions on a run
/// (approve, reject, confirm, retry, skip, abort, cancel, override the window) are
/// <see cref="Decisions.RunDecider"/>'s, one handler each.
/// </summary>
/// <param name="facts">The facts cache plan cards may be answered from; null plans live only.</param>
public sealed class RunService(EngineOptions options, IEngineStore store, Planner planner, PersonDirectory people, TimeProvider time, IFactsCache? facts = null)
{
    private readonly ApprovalPolicy policy = new(options, people);

    /// <summary>Plans (read-only) without creating a run: what <c>certbot plan</c> and the plan card show.</summary>
    public Task<Plan> PlanAsync(ProcedureRequest request, CancellationToken cancellationToken) =>
        planner.PlanAsync(Canonical(request), cancellationToken);

    /// <summary>
    /// Plans from the facts cache when every cluster of the request has fresh, complete facts (<c>CertBot:Facts:MaxAge</c>),
    /// else live: what the plan cards show. The runner re-checks the plan against live state before its first change.
    /// </summary>
    public async Task<FactsPlan> PlanFromFactsAsync(ProcedureRequest request, CancellationToken cancellationToken)
    {
        var canonical = Canonical(request);
        var cached = new List<ClusterFacts>();
        foreach (var cluster in canonical.Clusters)
        {
            if (facts is null || await facts.GetFreshAsync(cluster, cancellationToken) is not { } fresh)
            {
                return new FactsPlan(await planner.PlanAsync(canonical, cancellationToken), null);
            }

            cached.Add(fresh);
        }

        return new FactsPlan(await planner.PlanAsync(canonical, cached, cancellationToken), cached.Min(f => f.ReadAt));
    }

    /// <summary>Plans and requests in one go (the command line).</summary>
    public async Task<RunAnswer> RequestAsync(ProcedureRequest request, string requestedBy, CancellationToken cancellationToken) =>
        await RequestAsync(await PlanAsync(request, cancellationToken), requestedBy, cancellationToken);

    /// <summary>
    /// Creates a run of exactly the plan the requester saw (<paramref name="requestedBy"/>: the person who asked
    /// for the plan, who must be a requester of its clusters), waiting at its first gate, and takes the lock of
    /// every cluster it changes: a second changing run on a busy cluster is refused.
    /// </summary>
    public async Task<RunAnswer> RequestAsync(Plan plan, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!Principal.TryParse(requestedBy, out var who))
        {
            return RunAnswer.Of(AnswerKind.Refused, Principal.NotAPrincipal(requestedBy), null);
        }

        if (policy.RefuseRequester(plan.Request.Clusters, who) is { } refusal)
        {
            return RunAnswer.Of(AnswerKind.Refused, refusal, null);
        }

        if (plan.IsBlocked)
        {
            return RunAnswer.Of(AnswerKind.Refused, "the plan is blocked: " + string.Join("; ", plan.Blockers), null);
        }

        if (!plan.Changes || plan.Steps[0].Kind != StepKind.ApprovalGate)
        {
            return RunAnswer.Of(AnswerKind.Refused, "the plan changes nothing: it is a report, there is nothing to run", null);
        }

        var now = time.GetUtcNow();
        var change = new RunChange(Run.Create(Guid.NewGuid(), plan, who.ToString(), now), now)
            .Journal(JournalKind.Requested, $"{plan.Request} requested by {people.Describe(who)}; plan {plan.Hash}", principal: who.ToString())
            .Fire(RunAction.Submit, $"requested by {people.Describe(who)}")
            .Lock(plan.Request.Clusters);
        foreach (var decision in plan.Decisions)
        {
            change.Journal(JournalKind.Decision, decision.ToString());
        }

        GateOpener.Open(change, 0, options.GateExpiry);
        try
        {
            var run = await store.CreateAsync(change.ToUpdate(), cancellationToken);
            return RunAnswer.Of(AnswerKind.Done, $"run {run.Id} waits for approval: {plan.Request}", run);
        }
        catch (ClusterBusyException busy)
        {
            return RunAnswer.Of(AnswerKind.Refused, $"cluster busy: run {busy.Holder} holds it ({busy.Cluster}; one changing run per cluster)", null);
        }
    }

    /// <summary>The run with its gates and journal, for <c>certbot show</c> and the cards.</summary>
    public async Task<RunView?> ShowAsync(Guid runId, CancellationToken cancellationToken)
    {
        var run = await store.GetAsync(runId, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var gates = await store.GatesOfAsync(runId, cancellationToken);
        var allowed = RunLifecycle.Allowed(run.State, gates.LastOrDefault(g => g.IsOpen)?.Kind);
        return new RunView(run, gates, await store.JournalOfAsync(runId, cancellationToken), allowed);
    }

    /// <summary>Runs in any of <paramref name="states"/> (all when empty), newest first: what <c>runs</c> lists.</summary>
    public Task<IReadOnlyList<Run>> ListAsync(IReadOnlyCollection<RunState> states, int limit, CancellationToken cancellationToken) =>
        store.RecentAsync(states, limit, cancellationToken);

    /// <summary>Cluster names as configured, so locks and journals use one spelling.</summary>
    private ProcedureRequest Canonical(ProcedureRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string Name(string cluster) => options.FindCluster(cluster)?.Name ?? cluster;
        return request with { Cluster = Name(request.Cluster), TargetCluster = request.TargetCluster is null ? null : Name(request.TargetCluster) };
    }
}
