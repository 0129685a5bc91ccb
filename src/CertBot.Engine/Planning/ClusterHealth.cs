using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Engine.Planning;

/// <summary>
/// Health before and after (platform-cli.md §7, pre- and post-checks): before the first change, database
/// replication on each cluster's Unified CM publisher shows every server <c>(2) Setup Completed</c>, or the plan
/// is blocked with the reason; after the last change, a <see cref="StepKind.CheckHealth"/> step reads it again
/// together with every restarted service, and pauses the run with the evidence when either is bad.
/// </summary>
internal static class ClusterHealth
{
    public static async Task PlanAsync(PlanningContext context, CancellationToken cancellationToken)
    {
        foreach (var name in context.Request.Clusters)
        {
            if (context.Options.FindCluster(name) is not { } options || new Facts.ClusterNodes(options).Publisher(Product.Cucm) is not { } publisher)
            {
                continue;
            }

            try
            {
                var replication = await (await context.Facts.ForAsync(publisher, cancellationToken)).ReplicationAsync(cancellationToken);
                if (replication.Problem is { } problem)
                {
                    context.Plan.Block($"database replication of {name} is not healthy ({problem}): repair it before any certificate change");
                    continue;
                }

                context.Plan.Decide(name, $"database replication: {replication.Servers.Count} servers (2) Setup Completed on {publisher.Name}");
            }
            catch (NodeException e) when (e.Failure is NodeFailure.CommandFailed or NodeFailure.VerificationFailed)
            {
                context.Plan.Block($"database replication of {name} could not be read: {e.Message}");
                continue;
            }

            context.Plan.InsertAfterLastChange(new PlanStep(0, StepKind.CheckHealth, publisher, $"Check the health of {name} after the changes",
                "utils dbreplication runtimestate; utils service list on every node a service was restarted on", false, Durations.FileCheck));
        }
    }
}
