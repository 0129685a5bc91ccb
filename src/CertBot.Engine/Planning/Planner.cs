using CertBot.Engine.Configuration;
using CertBot.Engine.Execution;
using CertBot.Engine.Nodes;
using CertBot.Engine.Planning.Facts;
using CertBot.Engine.Procedures;

namespace CertBot.Engine.Planning;

/// <summary>
/// Turns a request into a <see cref="Plan"/> from live facts gathered through the node port with read-only
/// calls only. A typo or a fact that forbids the procedure is a blocker on the plan, not an exception.
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

    /// <summary>Plans with the caller's sessions (the runner re-checks a plan through the run's own sessions).</summary>
    public async Task<Plan> PlanAsync(ProcedureRequest request, FactReader facts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var builder = new PlanBuilder();
        var now = time.GetUtcNow();
        var context = new PlanningContext(request, options, facts, builder, now) { Bulk = bulk };
        var nodes = request.Clusters.Select(options.FindCluster).OfType<ClusterOptions>().SelectMany(c => new ClusterNodes(c).All);
        await facts.OpenAllAsync(nodes, cancellationToken);
        await Procedures[request.Kind].PlanAsync(context, cancellationToken);
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
