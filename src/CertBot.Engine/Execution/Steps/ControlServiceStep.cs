using CertBot.Engine.Model;
using CertBot.Engine.Nodes;

namespace CertBot.Engine.Execution.Steps;

/// <summary>
/// <c>utils service restart|stop|start &lt;name&gt;</c>, verified with <c>utils service list</c> rather than the
/// command's last line (platform-cli.md §3.3): STARTED after a restart or start, STOPPED after a stop.
/// </summary>
public sealed class ControlServiceStep : IStepExecutor
{
    public async Task<StepResult> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Step;
        var service = step.Service!;
        var action = step.Action ?? ServiceAction.Restart;
        var session = await context.SessionAsync(cancellationToken);
        await session.ControlServiceAsync(service, action, step.Timeout ?? TimeSpan.FromMinutes(5), cancellationToken);
        var expected = action == ServiceAction.Stop ? ServiceState.Stopped : ServiceState.Started;
        var listed = (await session.ListServicesAsync(cancellationToken))
            .FirstOrDefault(s => string.Equals(s.Name, service, StringComparison.OrdinalIgnoreCase));
        if (listed?.State != expected)
        {
            throw new StepVerificationException(context.Node.Name,
                $"{service} on {context.Node.Name} is {listed?.State.ToString() ?? "not listed"} after {action.ToString().ToLowerInvariant()}, expected {expected}");
        }

        return new StepResult($"{service} on {context.Node.Name}: {expected.ToString().ToUpperInvariant()}");
    }
}
