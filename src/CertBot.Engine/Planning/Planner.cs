using CertBot.Engine.Configuration;
using CertBot.Engine.Execution;
using CertBot.Engine.Nodes;
using CertBot.Engine.Planning.Facts;
using CertBot.Engine.Procedures;

namespace CertBot.Engine.Planning;

/// <summary>
/// Turns a request into a <see cref="Plan"/> from live facts gathered through the node port with read-only
/// calls only. A typo or a fact that forbids the procedure is a blocker on the plan, not an exception. A procedure
/// may answer with another's plan (<see cref="RenewalHandover"/>): the plan then carries that request.
/// </summary>
/// <param name="bulk">Reads the bulk SFTP directory at planning time (P8's pre-check); null when not wired, which blocks P8.</param>
public sealed class Planner(EngineOptions options, INodePort port, TimeProvider time, BulkSftpAccess? bulk = null)
{
    private static readonly Dictionary<ProcedureKind, IProcedurePlanner> Procedures = new Dictionary<ProcedureKind, IProcedurePlanner>
    {
        [ProcedureKind.Regenerate] = new RegenerationPlanner(),
        [ProcedureKind.PurgeTrust] = new PurgeTrustPlanner(),
        [ProcedureKind.VerifyIpsec] = new IpsecVerificationPlanner(),
        [ProcedureKind.Exchange] = new ExchangePlanner(),
        [ProcedureKind.Restore] = new RestorePlanner(),
        [ProcedureKind.Renew] = new RenewalPlanner(),
    };

    /// <summary>Plans with sessions the planner opens and closes itself.</summary>
    /// <exception cref="NodeException">A node could not be read; nothing was changed.</exception>
    public async Task<Plan> PlanAsync(ProcedureRequest request, CancellationToken cancellationToken)
    {
        await using var facts = new FactReader(port);
        return await PlanAsync(request, facts, cancellationToken);
    }

    /// <summary>
    /// Plans from cached facts: a node the cache read completely answers without a login (see
    /// <see cref="CachedNodePort"/>); the runner's live re-check before the first change still decides what runs.
    /// </summary>
    public async Task<Plan> PlanAsync(ProcedureRequest request, IEnumerable<Inventory.Cache.ClusterFacts> cached, CancellationToken cancellationToken)
    {
        await using var facts = new FactReader(new CachedNodePort(cached, port));
        return await PlanAsync(request, facts, cancellationToken);
    }

    /// <summary>Plans with the caller's sessions.</summary>
    public Task<Plan> PlanAsync(ProcedureRequest request, FactReader facts, CancellationToken cancellationToken) =>
        PlanAsync(request, facts, followHandover: true, cancellationToken);

    /// <summary>
    /// The runner's re-check of a run through the run's own sessions: the request's own procedure, never another's
    /// answer (a run does not turn into a different procedure; a regeneration whose certificates became CA-signed
    /// finds nothing to do).
    /// </summary>
    public Task<Plan> PlanExactlyAsync(ProcedureRequest request, FactReader facts, CancellationToken cancellationToken) =>
        PlanAsync(request, facts, followHandover: false, cancellationToken);

    private async Task<Plan> PlanAsync(ProcedureRequest request, FactReader facts, bool followHandover, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        var context = new PlanningContext(request, options, facts, new PlanBuilder(), now) { Bulk = bulk };
        var nodes = request.Clusters.Select(options.FindCluster).OfType<ClusterOptions>().SelectMany(c => new ClusterNodes(c).All);
        await facts.OpenAllAsync(nodes, cancellationToken);
        await Procedures[request.Kind].PlanAsync(context, cancellationToken);
        if (followHandover && context.Handover is { } handover)
        {
            // The same facts answer the renewal: nothing is read twice, and the plan is the renewal's own.
            (request, context) = (handover.Request, new PlanningContext(handover.Request, options, facts, new PlanBuilder(), now) { Bulk = bulk });
            handover.Explain(context.Plan);
            await Procedures[request.Kind].PlanAsync(context, cancellationToken);
        }

        var builder = context.Plan;
        if (!builder.IsBlocked && builder.Steps.Any(s => s.Changes))
        {
            await ClusterHealth.PlanAsync(context, cancellationToken);
        }

        foreach (var cluster in request.Clusters.Select(options.FindCluster).OfType<ClusterOptions>())
        {
            builder.Decide(cluster.Name, "maintenance window: " + MaintenanceWindows.Describe(cluster));
        }

        return builder.Build(request, now);
    }
}
