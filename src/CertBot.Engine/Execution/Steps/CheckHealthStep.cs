using CertBot.Engine.Model;
using CertBot.Engine.Nodes;
using CertBot.Engine.Planning;

namespace CertBot.Engine.Execution.Steps;

/// <summary>
/// After the last change: replication on the publisher still shows every server <c>(2) Setup Completed</c>,
/// and every service the plan restarted or started on this cluster is STARTED now. Anything else pauses the run
/// with the evidence (the rows and services that are wrong).
/// </summary>
public sealed class CheckHealthStep : IStepExecutor
{
    public async Task<StepResult> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var publisher = context.Node;
        var problems = new List<string>();
        var replication = await (await context.SessionAsync(cancellationToken)).GetReplicationStateAsync(cancellationToken);
        if (replication.Problem is { } problem)
        {
            problems.Add($"database replication: {problem}");
        }

        // The last action on a service decides what it should be now: a stop the plan never undid stays stopped.
        var started = (context.Plan?.Steps ?? [])
            .Where(s => s.Kind == StepKind.ControlService && s.Node?.Cluster == publisher.Cluster)
            .GroupBy(s => (Node: s.Node!, s.Service))
            .Where(g => g.Last().Action != ServiceAction.Stop)
            .Select(g => g.Key)
            .ToList();
        foreach (var node in started.Select(s => s.Node).Distinct())
        {
            var services = await (await context.SessionAsync(node, cancellationToken)).ListServicesAsync(cancellationToken);
            foreach (var (_, service) in started.Where(s => s.Node == node))
            {
                var status = services.FirstOrDefault(s => string.Equals(s.Name, service, StringComparison.OrdinalIgnoreCase));
                if (status?.State != ServiceState.Started)
                {
                    problems.Add($"{service} on {node.Name} is {status?.State.ToString().ToUpperInvariant() ?? "not listed"}");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new StepVerificationException(publisher.Name, $"{publisher.Cluster} is not healthy after the changes: {string.Join("; ", problems)}");
        }

        return new StepResult($"{publisher.Cluster}: replication {replication.Servers.Count} servers (2) Setup Completed; {started.Count} restarted services STARTED");
    }
}
