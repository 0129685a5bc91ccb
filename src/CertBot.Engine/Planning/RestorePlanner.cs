using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Engine.Planning;

/// <summary>
/// Undoes what an ended run left half-done (<see cref="Runs.Leftovers"/>): an approval gate, then a start of every
/// service it left stopped that is still stopped now, publisher first, and the PRG high availability reminder.
/// </summary>
public sealed class RestorePlanner : IProcedurePlanner
{
    public async Task PlanAsync(PlanningContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Undo is not { } leftovers || context.Cluster(context.Request.Cluster) is not { } cluster)
        {
            context.Plan.Block("nothing to restore: the request names no run that left something undone");
            return;
        }

        var starts = new List<(NodeRef Node, string Service)>();
        foreach (var entry in leftovers.Stopped)
        {
            var (name, service) = (entry.Split('/', 2)[0], entry.Split('/', 2)[1]);
            if (cluster.All.FirstOrDefault(n => n.Name == name) is not { } node)
            {
                context.Plan.Block($"{name} is not a node of {cluster.Name} any more: start {service} there by hand");
                continue;
            }

            var status = await (await context.Facts.ForAsync(node, cancellationToken)).ServiceAsync(service, cancellationToken);
            if (status is { State: ServiceState.Started })
            {
                context.Plan.Decide(node.Name, $"{service} is already running on {node.Name}: nothing to start");
            }
            else
            {
                starts.Add((node, service));
            }
        }

        var run = Runs.RunIds.ShortId(leftovers.Run);
        context.Plan.Gate($"Approve: restore what run {run} left undone on {cluster.Name}");
        foreach (var (node, service) in starts)
        {
            context.Plan.Service(node, service, ServiceAction.Start);
        }

        if (leftovers.PresenceRedundancyOff)
        {
            PresenceRedundancy.SwitchOn(context.Plan);
        }
    }
}
