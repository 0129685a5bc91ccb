using CertBot.Engine.Nodes;

namespace CertBot.Engine.Execution.Steps;

/// <summary>
/// <c>utils service restart|stop|start &lt;name&gt;</c>. The node port verifies the final state with
/// <c>utils service list</c> rather than the command's last line (platform-cli.md §3.3) and fails otherwise
/// (see <see cref="INodeSession.ControlServiceAsync"/>); this step reads nothing again.
/// </summary>
public sealed class ControlServiceStep : IStepExecutor
{
    public async Task<StepResult> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var step = context.Step;
        var action = step.Action ?? ServiceAction.Restart;
        var session = await context.SessionAsync(cancellationToken);
        var status = await session.ControlServiceAsync(step.Service!, action, step.Timeout ?? TimeSpan.FromMinutes(5), cancellationToken);
        var kind = action switch
        {
            ServiceAction.Stop => Runs.ChangeKind.ServiceStopped,
            ServiceAction.Start => Runs.ChangeKind.ServiceStarted,
            _ => Runs.ChangeKind.ServiceRestarted,
        };
        return new StepResult($"{step.Service} on {context.Node.Name}: {status.State.ToString().ToUpperInvariant()}")
        {
            Changes = [new(kind, context.Node.Name, step.Service!)],
        };
    }
}
