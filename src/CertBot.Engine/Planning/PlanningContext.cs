using CertBot.Engine.Configuration;
using CertBot.Engine.Nodes;
using CertBot.Engine.Planning.Facts;
using CertBot.Engine.Procedures;

namespace CertBot.Engine.Planning;

/// <summary>What a procedure planner works with: the request, the configuration, live facts and the plan so far.</summary>
public sealed class PlanningContext(
    ProcedureRequest request,
    EngineOptions options,
    FactReader facts,
    PlanBuilder plan,
    DateTimeOffset now)
{
    public ProcedureRequest Request { get; } = request;

    public EngineOptions Options { get; } = options;

    public FactReader Facts { get; } = facts;

    public PlanBuilder Plan { get; } = plan;

    /// <summary>The bulk SFTP directory and its password, for P8's planning-time listing; null when not wired.</summary>
    public Execution.BulkSftpAccess? Bulk { get; init; }

    /// <summary>Set when the request is answered by another procedure's plan (a regeneration of CA-signed certificates: the renewal).</summary>
    public RenewalHandover? Handover { get; private set; }

    /// <summary>Answers the request with the renewal instead: the planner plans <paramref name="handover"/>'s request in the same facts.</summary>
    public void AnswerWith(RenewalHandover handover) => Handover = handover;

    /// <summary>When the facts are read; expiry decisions compare against it.</summary>
    public DateTimeOffset Now { get; } = now;

    /// <summary>The configured cluster, or null after recording a blocker that names the known ones.</summary>
    public ClusterNodes? Cluster(string name)
    {
        var cluster = Options.FindCluster(name);
        if (cluster is null)
        {
            var known = string.Join(", ", Options.Clusters.Select(c => c.Name));
            Plan.Block($"no cluster named '{name}' is configured (known: {known})");
            return null;
        }

        return new ClusterNodes(cluster);
    }

    /// <summary>
    /// Restarts <paramref name="service"/> on <paramref name="node"/> when it runs there; otherwise records
    /// why the step is skipped. A service that was not running is not started by a restart behind anyone's back.
    /// </summary>
    public async Task RestartWhereRunningAsync(Model.NodeRef node, string service, CancellationToken cancellationToken)
    {
        var status = await (await Facts.ForAsync(node, cancellationToken)).ServiceAsync(service, cancellationToken);
        if (status is null || !status.Activated)
        {
            Plan.Decide(node.Name, $"{service} not activated on {node.Name}: step skipped");
        }
        else if (status.State != Model.ServiceState.Started)
        {
            Plan.Decide(node.Name, $"{service} is {status.State} on {node.Name}: not restarted (it was not running)");
        }
        else
        {
            Plan.Service(node, service, ServiceAction.Restart);
        }
    }
}
